package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.commendation.eligibility.EligibilitySettings;
import vn.thidua.organization.OrgLevel;
import vn.thidua.platform.error.BusinessException;
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

    static final int NAME_LENGTH = 300;
    static final int PATTERN_LENGTH = 60;
    static final int MAX_COMMENT_DAYS = 90;
    static final int MAX_PRIOR_YEARS = 10;

    /** A new award type with the code given (letters, digits and _), configured by {@link #configure}. */
    AwardType(String code) {
        String cleaned = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!cleaned.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new BusinessException("awardType.code.invalid", String.valueOf(code));
        }
        this.code = cleaned;
        this.active = true;
    }

    /**
     * Sets the whole configuration, each part checked as the schema's constraints and the workflow need it: a vote
     * has a threshold in (0, 1], public comment lasts 1 to 90 days, a prior title has a number of years and is not
     * this type, and a decision pattern numbers decisions with {seq}.
     */
    void configure(AwardTypeForm form, OrgLevel level, AwardType prior) {
        String vi = name(form.nameVi());
        String en = form.nameEn() == null || form.nameEn().isBlank() ? vi : name(form.nameEn());
        Set<RecipientKind> kinds = EnumSet.noneOf(RecipientKind.class);
        (form.recipientKinds() == null ? List.<String>of() : form.recipientKinds())
                .forEach(k -> kinds.add(RecipientKind.parse(k)));
        if (kinds.isEmpty()) {
            throw new BusinessException("awardType.recipientKinds.required");
        }
        boolean vote = Boolean.TRUE.equals(form.councilVote());
        BigDecimal threshold = vote ? form.voteThreshold() : null;
        if (vote && (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0
                || threshold.stripTrailingZeros().scale() > 3)) {
            throw new BusinessException("awardType.threshold.invalid");
        }
        boolean comment = Boolean.TRUE.equals(form.publicComment());
        int days = comment ? (form.commentDays() == null ? 0 : form.commentDays()) : 0;
        if (comment && (days < 1 || days > MAX_COMMENT_DAYS)) {
            throw new BusinessException("awardType.commentDays.invalid", MAX_COMMENT_DAYS);
        }
        int years = prior == null ? 0 : form.priorYears() == null ? 0 : form.priorYears();
        if (prior != null && (years < 1 || years > MAX_PRIOR_YEARS)) {
            throw new BusinessException("awardType.priorYears.invalid", MAX_PRIOR_YEARS);
        }
        if (prior != null && code.equals(prior.getCode())) {
            throw new BusinessException("awardType.prior.self");
        }
        String pattern = form.decisionPattern() == null ? "" : form.decisionPattern().strip();
        if (!pattern.contains("{seq}") || pattern.length() > PATTERN_LENGTH) {
            throw new BusinessException("awardType.pattern.invalid", PATTERN_LENGTH);
        }
        this.nameVi = vi;
        this.nameEn = en;
        this.grantingLevel = Objects.requireNonNull(level);
        this.recipientKinds = kinds.stream().map(Enum::name).collect(Collectors.joining(","));
        this.councilVote = vote;
        this.voteThreshold = threshold == null ? null : threshold.stripTrailingZeros();
        this.publicComment = comment;
        this.commentDays = days;
        this.decisionPattern = pattern;
        this.onceOnly = Boolean.TRUE.equals(form.onceOnly());
        this.posthumous = form.posthumous() == null || form.posthumous();
        this.priorType = prior;
        this.priorYears = years;
        this.active = form.active() == null || form.active();
        this.sortOrder = form.sortOrder() == null ? sortOrder : form.sortOrder();
    }

    private static String name(String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw new BusinessException("awardType.name.required");
        }
        if (cleaned.length() > NAME_LENGTH) {
            throw new BusinessException("awardType.name.tooLong", NAME_LENGTH);
        }
        return cleaned;
    }
}
