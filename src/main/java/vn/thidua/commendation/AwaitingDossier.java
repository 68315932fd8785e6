package vn.thidua.commendation;

import java.time.Instant;
import vn.thidua.commendation.registry.AwardLine;

/** An approved dossier held by a granting unit, waiting for its leader's decision. */
public record AwaitingDossier(long id, long version, String nomineeName, RecipientKind recipientKind,
                              String awardType, String awardTypeName, String proposingUnitCode,
                              String proposingUnitName, int yearFrom, int yearTo, String movement,
                              Instant approvedAt) {

    /** "2025", or "2021–2025" for an achievement over several years. */
    public String period() {
        return AwardLine.period(yearFrom, yearTo);
    }
}
