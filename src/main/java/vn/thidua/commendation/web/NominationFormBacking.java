package vn.thidua.commendation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.commendation.AwardTypeService;
import vn.thidua.commendation.AwardTypeView;
import vn.thidua.commendation.NominationForm;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.NominationView;
import vn.thidua.commendation.NomineeService;
import vn.thidua.commendation.NomineeSummary;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementView;
import vn.thidua.platform.text.SearchText;
import vn.thidua.platform.web.PageMessages;

/**
 * A draft nomination, new or being changed ({@code ?id=}): an existing nominee found by name without diacritics, or
 * a new person, collective or household (after a look for records of a similar name); the award type, movement,
 * period and achievement summary. The service checks everything; a refused save keeps what was typed.
 */
@Named
@ViewScoped
public class NominationFormBacking implements Serializable {

    private static final int FOUND = 10;

    @Inject
    private NominationService nominations;

    @Inject
    private NomineeService nominees;

    @Inject
    private AwardTypeService awardTypes;

    @Inject
    private MovementService movements;

    private Long id;
    private Long version;
    private boolean newNominee;
    private String nomineeQuery;
    private List<NomineeSummary> found = new ArrayList<>();
    private Long nomineeId;
    private RecipientKind kind = RecipientKind.INDIVIDUAL;
    private final NomineeFields fields = new NomineeFields();
    private String unitCode;
    private String awardType;
    private String movement;
    private Integer yearFrom;
    private Integer yearTo;
    private String summary;
    private List<AwardTypeView> types;
    private List<MovementView> movementList;
    private List<NomineeSummary> similar = List.of();
    private Long similarId;
    private String confirmedNew;

    /** Called by f:viewAction once the id is set: a dossier to change is read into the form. */
    public void load() {
        if (id == null || version != null) {
            return;
        }
        NominationView view = nominations.get(id);
        version = view.version();
        nomineeId = view.nominee().id();
        NominationView.NomineeInfo e = view.nominee();
        found = List.of(new NomineeSummary(e.id(), e.kind(), e.name(), e.birthYear(), e.gender(), e.jobTitle(),
                e.deceased(), e.homeUnitCode(), e.homeUnitCode(), 0));
        awardType = view.awardType();
        movement = view.movement();
        yearFrom = view.yearFrom();
        yearTo = view.yearTo();
        summary = view.summary();
        unitCode = view.proposingUnitCode();
    }

    /** Finds nominee records in the caller's scope by the name typed, with or without diacritics. */
    public void findNominees() {
        found = nominees.search(nomineeQuery, null, 0, FOUND).items();
        nomineeId = found.size() == 1 ? found.get(0).id() : null;
        if (found.isEmpty()) {
            PageMessages.info("nominationForm.nominee.noneFound");
        }
    }

    /**
     * Saves the draft and opens its page; a refusal shows its reason and leaves the form as typed. A new nominee is
     * first looked for among the records in the caller's scope (names compared without diacritics): if some are
     * alike, they are shown to pick one or to confirm that this one is new, and nothing is saved yet.
     */
    public String save() {
        String name = fields.getName();
        if (newNominee && name != null && !name.isBlank() && !SearchText.normalize(name).equals(confirmedNew)) {
            similar = nominees.search(name, kind == null ? null : kind.name(), 0, FOUND).items();
            similarId = null;
            if (!similar.isEmpty()) {
                PageMessages.info("nominationForm.similar.found");
                return null;
            }
        }
        similar = List.of();
        NominationForm form = new NominationForm(version, newNominee ? null : nomineeId, newNominee ? person() : null,
                awardType, unitCode, movement, yearFrom, yearTo, summary);
        NominationView saved = id == null ? nominations.create(form) : nominations.update(id, form);
        PageMessages.info(id == null ? "nominationForm.created" : "nominationForm.saved");
        PageMessages.keepForRedirect();
        return "/dossier/nomination?faces-redirect=true&id=" + saved.id();
    }

    /** The draft for the record picked among those alike, instead of a new one. */
    public String useSimilar() {
        if (similarId == null) {
            PageMessages.error("nominationForm.similar.choose");
            return null;
        }
        newNominee = false;
        nomineeId = similarId;
        found = similar;
        return save();
    }

    /** The draft for a new record, the proposer having seen those alike. */
    public String createNew() {
        confirmedNew = SearchText.normalize(fields.getName());
        return save();
    }

    private NominationForm.NewNominee person() {
        boolean individual = kind == RecipientKind.INDIVIDUAL;
        return new NominationForm.NewNominee(kind == null ? null : kind.name(), fields.getName(),
                individual ? fields.getBirthYear() : null, individual ? fields.genderCode() : null,
                individual ? fields.getJobTitle() : null, individual && fields.isDeceased());
    }

    /** "Nguyễn Văn An (1975, Trưởng ban …) · Phường Hà Tu": enough to tell two of the same name apart. */
    public String label(NomineeSummary e) {
        StringBuilder text = new StringBuilder(e.name());
        List<String> details = new ArrayList<>();
        if (e.birthYear() != null) {
            details.add(String.valueOf(e.birthYear()));
        }
        if (e.jobTitle() != null && !e.jobTitle().isBlank()) {
            details.add(e.jobTitle());
        }
        if (!details.isEmpty()) {
            text.append(" (").append(String.join(", ", details)).append(')');
        }
        return text.append(" · ").append(e.homeUnitName()).toString();
    }

    public NomineeFields getFields() {
        return fields;
    }

    public List<AwardTypeView> getAwardTypes() {
        if (types == null) {
            types = awardTypes.list().stream().filter(AwardTypeView::active).toList();
        }
        return types;
    }

    public List<MovementView> getMovements() {
        if (movementList == null) {
            movementList = movements.list();
        }
        return movementList;
    }

    public List<NomineeSummary> getSimilar() {
        return similar;
    }

    public Long getSimilarId() {
        return similarId;
    }

    public void setSimilarId(Long similarId) {
        this.similarId = similarId;
    }

    public RecipientKind[] getKinds() {
        return RecipientKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNewNominee() {
        return newNominee;
    }

    public void setNewNominee(boolean newNominee) {
        this.newNominee = newNominee;
    }

    public String getNomineeQuery() {
        return nomineeQuery;
    }

    public void setNomineeQuery(String nomineeQuery) {
        this.nomineeQuery = nomineeQuery;
    }

    public List<NomineeSummary> getFound() {
        return found;
    }

    public Long getNomineeId() {
        return nomineeId;
    }

    public void setNomineeId(Long nomineeId) {
        this.nomineeId = nomineeId;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public void setKind(RecipientKind kind) {
        this.kind = kind;
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

    public String getMovement() {
        return movement;
    }

    public void setMovement(String movement) {
        this.movement = movement;
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
