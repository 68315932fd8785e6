package vn.thidua.commendation.registry;

import java.time.Instant;
import java.util.List;
import vn.thidua.commendation.Gender;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.RecipientKind;

/** A person's or collective's history: who they are, their awards and their nominations the caller may see. */
public record NomineeHistory(Nominee nominee, List<AwardLine> awards, List<Dossier> nominations) {

    public record Nominee(long id, RecipientKind kind, String name, Integer birthYear, Gender gender,
                          String jobTitle, boolean deceased, String homeUnitCode, String homeUnitName) {
    }

    /** A nomination of the nominee: award type, period, state, the unit that proposed it, last change. */
    public record Dossier(long id, String awardType, String awardTypeNameVi, String awardTypeNameEn, int yearFrom,
                          int yearTo, NominationState state, String unitCode, String unitName, Instant updatedAt) {

        public String period() {
            return AwardLine.period(yearFrom, yearTo);
        }
    }
}
