package vn.thidua.commendation;

import java.time.Instant;
import java.util.List;

/**
 * A nomination as its reader sees it, with its history and the actions the reader's roles allow now (their guards
 * are checked only when taken).
 */
public record NominationView(long id, long version, NominationState state, NomineeInfo nominee, String awardType,
                             String awardTypeName, String proposingUnitCode, String proposingUnitName,
                             String currentUnitCode, String currentUnitName, String movement, String movementName,
                             int yearFrom,
                             int yearTo, String summary, String draftedBy, String lastChangedBy, String reason,
                             Instant createdAt, Instant updatedAt, Instant commentUntil, String decisionNumber,
                             List<Step> history, List<NominationAction> actions) {

    public record NomineeInfo(long id, RecipientKind kind, String name, Integer birthYear, Gender gender,
                          String jobTitle, boolean deceased, String homeUnitCode) {
    }

    public record Step(NominationState from, NominationState to, NominationAction action, String actor,
                       String unitCode, String comment, Instant at) {
    }
}
