package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.thidua.commendation.eligibility.EligibilitySettings;
import vn.thidua.organization.OrgLevel;
import vn.thidua.platform.persistence.BaseEntity;

/**
 * A form of award or title (Bằng khen, Giấy khen, Cờ thi đua, the commemorative medal…), configured as data: the
 * level whose committee grants it, for whom, whether the council votes on it (and the threshold, a share of all
 * members: see {@link CouncilTally}), whether nominees are published for comment and for how many days, its
 * eligibility settings, and the pattern of its decision numbers.
 */
@Entity
@Table(name = "award_type")
public class AwardType extends BaseEntity {

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "granting_level_id")
    private OrgLevel grantingLevel;

    @Column(name = "recipient_kinds", nullable = false)
    private String recipientKinds;

    @Column(name = "council_vote", nullable = false)
    private boolean councilVote;

    @Column(name = "vote_threshold")
    private BigDecimal voteThreshold;

    @Column(name = "public_comment", nullable = false)
    private boolean publicComment;

    @Column(name = "comment_days", nullable = false)
    private int commentDays;

    @Column(name = "decision_pattern", nullable = false)
    private String decisionPattern;

    @Column(name = "once_only", nullable = false)
    private boolean onceOnly;

    @Column(nullable = false)
    private boolean posthumous;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "prior_type_id")
    private AwardType priorType;

    @Column(name = "prior_years", nullable = false)
    private int priorYears;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AwardType() {
    }

    public Set<RecipientKind> getRecipientKinds() {
        Set<RecipientKind> kinds = EnumSet.noneOf(RecipientKind.class);
        Arrays.stream(recipientKinds.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(RecipientKind::valueOf).forEach(kinds::add);
        return kinds;
    }

    public boolean accepts(RecipientKind kind) {
        return getRecipientKinds().contains(kind);
    }

    public EligibilitySettings eligibility() {
        return new EligibilitySettings(onceOnly, posthumous, priorType == null ? null : priorType.getCode(),
                priorType == null ? null : priorType.getNameVi(), priorYears);
    }

    public CouncilTally tally(long agree, long members) {
        return new CouncilTally(agree, members, voteThreshold);
    }

    /** The decision number for {@code seq} in {@code year}: the pattern with {seq} and {year} filled in. */
    public String decisionNumber(int seq, int year) {
        return decisionPattern.replace("{seq}", String.valueOf(seq)).replace("{year}", String.valueOf(year));
    }

    public String getName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public OrgLevel getGrantingLevel() {
        return grantingLevel;
    }

    public boolean isCouncilVote() {
        return councilVote;
    }

    public BigDecimal getVoteThreshold() {
        return voteThreshold;
    }

    public boolean isPublicComment() {
        return publicComment;
    }

    public int getCommentDays() {
        return commentDays;
    }

    public String getDecisionPattern() {
        return decisionPattern;
    }

    public boolean isOnceOnly() {
        return onceOnly;
    }

    public boolean isPosthumous() {
        return posthumous;
    }

    public AwardType getPriorType() {
        return priorType;
    }

    public int getPriorYears() {
        return priorYears;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
