package vn.thidua.commendation.council.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.council.CouncilSessionService;
import vn.thidua.commendation.council.CouncilViews;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.CallerProfile;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * The council page of a unit (the user's own unit unless another is chosen): its sessions, and a new one for the
 * unit's officers and leaders. The members are {@link CouncilMembersBacking}'s.
 */
@Named
@ViewScoped
public class CouncilBacking implements Serializable {

    private static final int SUGGESTIONS = 15;

    @Inject
    private CouncilSessionService sessions;

    @Inject
    private OrgUnitService units;

    @Inject
    private AccountService accounts;

    private String unit;
    private String unitName;
    private String unitLabel;
    private List<CouncilViews.SessionSummary> list = List.of();
    private boolean holder;
    private String title;
    private LocalDate heldOn = Formats.today();

    /** Called by f:viewAction once the unit parameter is set. */
    public void load() {
        if (unit == null || unit.isBlank()) {
            CallerProfile.HeldRole held = accounts.currentProfile().primaryRole();
            unit = held == null ? null : held.unitCode();
        }
        if (unit == null) {
            return;
        }
        unitName = units.get(unit, Formats.today()).name();
        unitLabel = UnitLabels.label(unitName, unit);
        list = sessions.list(unit, null);
        holder = sessions.canHold(unit);
    }

    public String choose() {
        return "/council/index?faces-redirect=true&unit=" + UnitLabels.code(unitLabel);
    }

    public List<String> completeUnit(String text) {
        return units.search(text, Formats.today(), SUGGESTIONS).stream().map(UnitLabels::label).toList();
    }

    public String createSession() {
        CouncilViews.Session created = sessions.create(new CouncilSessionService.SessionForm(unit, title,
                heldOn == null ? null : heldOn.toString()));
        PageMessages.info("council.session.created", created.title());
        PageMessages.keepForRedirect();
        return "/council/session?faces-redirect=true&id=" + created.id();
    }

    /** A date as users read it, dd/MM/yyyy. */
    public String date(LocalDate day) {
        return Formats.date(day);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getUnitLabel() {
        return unitLabel;
    }

    public void setUnitLabel(String unitLabel) {
        this.unitLabel = unitLabel;
    }

    public List<CouncilViews.SessionSummary> getList() {
        return list;
    }

    public boolean isHolder() {
        return holder;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }
}
