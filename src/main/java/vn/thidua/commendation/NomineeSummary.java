package vn.thidua.commendation;

import java.io.Serializable;

/**
 * A nominee as a search finds it: enough to tell two people of the same name apart (birth year, job title, unit)
 * and to see whether a case about them is pending.
 */
public record NomineeSummary(long id, RecipientKind kind, String name, Integer birthYear, Gender gender,
                             String jobTitle, boolean deceased, String homeUnitCode, String homeUnitName,
                             long pendingCases) implements Serializable {
}
