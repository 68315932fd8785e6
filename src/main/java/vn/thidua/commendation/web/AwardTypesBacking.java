package vn.thidua.commendation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.thidua.commendation.AwardTypeAdminService;
import vn.thidua.commendation.AwardTypeForm;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.organization.UnitImport;
import vn.thidua.platform.web.PageMessages;

/**
 * The administrators' award types: the list, and a dialog that creates one or changes one's configuration (who
 * grants it and to whom, council vote and threshold, public comment and its days, eligibility, decision numbers).
 */
@Named
@ViewScoped
public class AwardTypesBacking implements Serializable {

    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    @Inject
    private AwardTypeService types;

    @Inject
    private AwardTypeAdminService admin;

    private List<AwardTypeView> list;
    private boolean creating;
    private Long version;
    private String code;
    private String nameVi;
    private String nameEn;
    private String grantingLevel;
    private List<String> recipientKinds = new ArrayList<>();
    private boolean councilVote;
    private BigDecimal thresholdPercent;
    private boolean publicComment;
    private Integer commentDays;
    private String decisionPattern;
    private boolean onceOnly;
    private boolean posthumous;
    private String priorType;
    private Integer priorYears;
    private boolean active;
    private Integer sortOrder;

    @PostConstruct
    void init() {
        list = types.list();
    }

    public void openCreate() {
        creating = true;
        version = null;
        code = null;
        nameVi = null;
        nameEn = null;
        grantingLevel = "PROVINCE";
        recipientKinds = new ArrayList<>(List.of(RecipientKind.INDIVIDUAL.name()));
        councilVote = false;
        thresholdPercent = null;
        publicComment = false;
        commentDays = null;
        decisionPattern = "{seq}/QĐ-MTTQ";
        onceOnly = false;
        posthumous = true;
        priorType = null;
        priorYears = null;
        active = true;
        sortOrder = list.size() + 1;
    }

    public void openEdit(AwardTypeView t) {
        creating = false;
        version = t.version();
        code = t.code();
        nameVi = t.nameVi();
        nameEn = t.nameEn();
        grantingLevel = t.grantingLevel();
        recipientKinds = new ArrayList<>(t.recipientKinds().stream().map(Enum::name).toList());
        councilVote = t.councilVote();
        thresholdPercent = t.voteThreshold() == null ? null : t.voteThreshold().multiply(PERCENT).stripTrailingZeros();
        publicComment = t.publicComment();
        commentDays = t.publicComment() ? t.commentDays() : null;
        decisionPattern = t.decisionPattern();
        onceOnly = t.onceOnly();
        posthumous = t.posthumous();
        priorType = t.priorTitle();
        priorYears = t.priorTitle() == null ? null : t.priorYears();
        active = t.active();
        sortOrder = t.sortOrder();
    }

    public void save() {
        AwardTypeForm form = new AwardTypeForm(version, code, nameVi, nameEn, grantingLevel,
                recipientKinds, councilVote,
                thresholdPercent == null ? null : thresholdPercent.divide(PERCENT), publicComment, commentDays,
                decisionPattern, onceOnly, posthumous, priorType, priorYears, active, sortOrder);
        AwardTypeView saved = creating ? admin.create(form) : admin.update(code, form);
        list = types.list();
        PageMessages.info("awardTypes.saved", saved.nameVi());
        PrimeFaces.current().ajax().update("types", "messages");
        PrimeFaces.current().executeScript("PF('typeDialog').hide()");
    }

    /** "50%" for a threshold of 0.5. */
    public String percent(BigDecimal share) {
        return share == null ? "" : share.multiply(PERCENT).stripTrailingZeros().toPlainString() + "%";
    }

    public List<String> getLevels() {
        return UnitImport.LEVELS;
    }

    public RecipientKind[] getKinds() {
        return RecipientKind.values();
    }

    public List<AwardTypeView> getList() {
        return list;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getGrantingLevel() {
        return grantingLevel;
    }

    public void setGrantingLevel(String grantingLevel) {
        this.grantingLevel = grantingLevel;
    }

    public List<String> getRecipientKinds() {
        return recipientKinds;
    }

    public void setRecipientKinds(List<String> recipientKinds) {
        this.recipientKinds = recipientKinds;
    }

    public boolean isCouncilVote() {
        return councilVote;
    }

    public void setCouncilVote(boolean councilVote) {
        this.councilVote = councilVote;
    }

    public BigDecimal getThresholdPercent() {
        return thresholdPercent;
    }

    public void setThresholdPercent(BigDecimal thresholdPercent) {
        this.thresholdPercent = thresholdPercent;
    }

    public boolean isPublicComment() {
        return publicComment;
    }

    public void setPublicComment(boolean publicComment) {
        this.publicComment = publicComment;
    }

    public Integer getCommentDays() {
        return commentDays;
    }

    public void setCommentDays(Integer commentDays) {
        this.commentDays = commentDays;
    }

    public String getDecisionPattern() {
        return decisionPattern;
    }

    public void setDecisionPattern(String decisionPattern) {
        this.decisionPattern = decisionPattern;
    }

    public boolean isOnceOnly() {
        return onceOnly;
    }

    public void setOnceOnly(boolean onceOnly) {
        this.onceOnly = onceOnly;
    }

    public boolean isPosthumous() {
        return posthumous;
    }

    public void setPosthumous(boolean posthumous) {
        this.posthumous = posthumous;
    }

    public String getPriorType() {
        return priorType;
    }

    public void setPriorType(String priorType) {
        this.priorType = priorType;
    }

    public Integer getPriorYears() {
        return priorYears;
    }

    public void setPriorYears(Integer priorYears) {
        this.priorYears = priorYears;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
