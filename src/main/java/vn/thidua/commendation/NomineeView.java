package vn.thidua.commendation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.eligibility.CaseKind;

/**
 * A nominee's record: who they are, the cases recorded about them, and the nominations of them the caller may
 * see. {@code version}: the record's, for a correction; {@code mayChange}: whether the caller may correct the record
 * and record and close cases.
 */
public record NomineeView(NomineeSummary nominee, long version, Instant createdAt, List<CaseView> cases,
                          List<DossierLine> nominations, boolean mayChange) implements Serializable {

    /** A discipline, inspection or complaint about the nominee, pending or closed. */
    public record CaseView(long id, long version, CaseKind kind, NomineeCase.Status status, String description,
                           LocalDate openedOn, LocalDate closedOn, String recordedBy, String closedBy,
                           String closingNote) implements Serializable {
    }
}
