package vn.thidua.commendation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** An award type's configuration as the API and pages show it. */
public record AwardTypeView(String code, String nameVi, String nameEn, String grantingLevel,
                            Set<RecipientKind> recipientKinds, boolean councilVote, BigDecimal voteThreshold,
                            boolean publicComment, int commentDays, String decisionPattern, boolean onceOnly,
                            boolean posthumous, String priorTitle, int priorYears, boolean active,
                            long version, int sortOrder) {

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    static AwardTypeView of(AwardType type) {
        return new AwardTypeView(type.getCode(), type.getNameVi(), type.getNameEn(),
                type.getGrantingLevel().getCode(), type.getRecipientKinds(), type.isCouncilVote(),
                type.getVoteThreshold(), type.isPublicComment(), type.getCommentDays(), type.getDecisionPattern(),
                type.isOnceOnly(), type.isPosthumous(),
                type.getPriorType() == null ? null : type.getPriorType().getCode(), type.getPriorYears(),
                type.isActive(), type.getVersion(), type.getSortOrder());
    }
}
