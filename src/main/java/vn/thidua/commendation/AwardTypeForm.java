package vn.thidua.commendation;

import java.math.BigDecimal;
import java.util.List;

/**
 * An administrator's configuration of an award type: names; the level whose committee grants it (a level code,
 * e.g. PROVINCE); for whom (INDIVIDUAL, COLLECTIVE, HOUSEHOLD); the council vote and its threshold as a share of all
 * members (0.5 = half); public comment and its days; the eligibility settings (once only, posthumous, a prior title
 * in each of N years before); the decision number pattern with {seq} (and optionally {year}); active; order.
 * {@code code} is given when creating, {@code version} (as last read) when changing.
 */
public record AwardTypeForm(Long version, String code, String nameVi, String nameEn, String grantingLevel,
                            List<String> recipientKinds, Boolean councilVote, BigDecimal voteThreshold,
                            Boolean publicComment, Integer commentDays, String decisionPattern, Boolean onceOnly,
                            Boolean posthumous, String priorType, Integer priorYears, Boolean active,
                            Integer sortOrder) {
}
