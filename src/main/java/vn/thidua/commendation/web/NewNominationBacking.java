package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;
import vn.thidua.commendation.Gender;
import vn.thidua.commendation.NominationForm;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NomineeService;
import vn.thidua.commendation.NomineeSummary;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * A new nomination. While the proposer types the nominee's name, the records already in their scope whose names
 * match without diacritics are listed, so that they pick the existing record (and its award history) instead of
 * entering the same person twice; otherwise the typed data make a new record.
 */
@Named
@ViewScoped
public class NewNominationBacking implements Serializable {

    private static final int SUGGESTIONS = 8;

    @Inject
    private NominationService nominations;

    @Inject
    private NomineeService nominees;

    @Inject
    private AwardTypeService awardTypes;

    private String unitCode;
    private String awardType;
    private NomineeSummary chosen;
    private List<NomineeSummary> suggestions = List.of();
    private RecipientKind kind = RecipientKind.INDIVIDUAL;
    private String name;
    private Integer birthYear;
    private Gender gender;
    private String jobTitle;
    private Integer yearFrom = Formats.today().getYear() - 1;
    private Integer yearTo = Formats.today().getYear() - 1;
    private String summary;

    /** Lists the recorded nominees whose names match what is typed (at least two letters). */
    public void suggest() {
        suggestions = name == null || name.strip().length() < 2 ? List.of()
                : nominees.search(name, kind == null ? null : kind.name(), 0, SUGGESTIONS).items();
    }

    public void choose(NomineeSummary nominee) {
        chosen = nominee;
        suggestions = List.of();
    }

    public void clearChoice() {
        chosen = null;
        suggest();
    }

    /** Creates the draft and opens it, to attach the achievement report. */
    public String save() {
        NominationForm.NewNominee person = chosen != null ? null : new NominationForm.NewNominee(
                kind == null ? null : kind.name(), name, birthYear, gender == null ? null : gender.name(), jobTitle,
                false);
        long id = nominations.create(new NominationForm(null, chosen == null ? null : chosen.id(), person, awardType,
                unitCode, null, yearFrom, yearTo, summary)).id();
        PageMessages.info("dossier.created");
        PageMessages.keepForRedirect();
        return "/dossier/nomination?faces-redirect=true&id=" + id;
    }

    public List<AwardTypeView> getAwardTypes() {
        return awardTypes.list().stream().filter(AwardTypeView::active).toList();
    }

    public RecipientKind[] getKinds() {
        return RecipientKind.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getAwardType() {
        return awardType;
    }

    public void setAwardType(String awardType) {
        this.awardType = awardType;
    }

    public NomineeSummary getChosen() {
        return chosen;
    }

    public List<NomineeSummary> getSuggestions() {
        return suggestions;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public void setKind(RecipientKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Integer getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(Integer yearFrom) {
        this.yearFrom = yearFrom;
    }

    public Integer getYearTo() {
        return yearTo;
    }

    public void setYearTo(Integer yearTo) {
        this.yearTo = yearTo;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
