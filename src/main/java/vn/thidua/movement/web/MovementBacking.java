package vn.thidua.movement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.CallerProfile;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementService;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PeriodKind;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.web.PageMessages;

/**
 * One movement's page: created here (no code given) or shown and, for its launching unit's managers, edited. The
 * indicators, targets and the choice of a report are beans of their own on the same page.
 */
@Named
@ViewScoped
public class MovementBacking implements Serializable {

    private static final int SUGGESTIONS = 15;

    @Inject
    private MovementService movements;

    @Inject
    private OrgUnitService units;

    @Inject
    private AccountService accounts;

    private String code;
    private MovementView movement;
    private boolean manager;
    private MovementFields fields;
    private String ownUnit;

    /** Called by f:viewAction once the code parameter is set. */
    public void load() {
        if (code == null || code.isBlank()) {
            manager = MovementsBacking.mayLaunch();
            fields = MovementFields.fresh(getOwnUnit(), Formats.today().getYear());
            return;
        }
        reload();
        manager = movements.canManage(code);
    }

    /** Reads the movement again (after a change: its version moved on). */
    void reload() {
        movement = movements.get(code);
        fields = MovementFields.of(movement);
    }

    public String save() {
        if (movement == null) {
            MovementView created = movements.create(fields.form());
            PageMessages.info("movements.created", created.code());
            PageMessages.keepForRedirect();
            return "/movements/movement?faces-redirect=true&code=" + created.code();
        }
        movements.update(code, movement.version(), fields.form());
        reload();
        PageMessages.info("movements.saved");
        return null;
    }

    /** Suggestions for the unit fields: "Name (code)", searched without diacritics among today's units. */
    public List<String> completeUnit(String text) {
        return unitsLike(text, Formats.today());
    }

    /** Units of {@code date} whose name (without diacritics) or code matches, as "Name (code)" labels. */
    List<String> unitsLike(String text, LocalDate date) {
        return units.search(text, date, SUGGESTIONS).stream().map(UnitLabels::label).toList();
    }

    /** The user's own unit today as a "Name (code)" label, or null without a current role. */
    public String getOwnUnit() {
        if (ownUnit == null) {
            CallerProfile.HeldRole held = accounts.currentProfile().primaryRole();
            ownUnit = held == null ? "" : UnitLabels.label(held.unitName(), held.unitCode());
        }
        return ownUnit.isEmpty() ? null : ownUnit;
    }

    public boolean isCreating() {
        return movement == null;
    }

    public MovementKind[] getKinds() {
        return MovementKind.values();
    }

    public PeriodKind[] getPeriodKinds() {
        return PeriodKind.values();
    }

    public MovementStatus[] getStatuses() {
        return MovementStatus.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public MovementView getMovement() {
        return movement;
    }

    public boolean isManager() {
        return manager;
    }

    public MovementFields getFields() {
        return fields;
    }
}
