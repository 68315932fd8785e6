package vn.thidua.movement.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.thidua.movement.MovementForm;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PeriodKind;
import vn.thidua.organization.web.UnitLabels;

/** What the movement form holds while the user edits it; units as "Name (code)" labels. */
public class MovementFields implements Serializable {

    private String code;
    private MovementKind kind = MovementKind.EMULATION;
    private String name;
    private String launchingUnit;
    private String participantRoot;
    private String decisionNumber;
    private LocalDate decisionDate;
    private int yearFrom;
    private int yearTo;
    private PeriodKind periodKind = PeriodKind.YEAR;
    private String description;
    private MovementStatus status = MovementStatus.DRAFT;

    /** A new movement of {@code year}, launched by the unit labelled {@code unit}. */
    static MovementFields fresh(String unit, int year) {
        MovementFields fields = new MovementFields();
        fields.launchingUnit = unit;
        fields.participantRoot = unit;
        fields.yearFrom = year;
        fields.yearTo = year;
        return fields;
    }

    static MovementFields of(MovementView m) {
        MovementFields fields = new MovementFields();
        fields.code = m.code();
        fields.kind = m.kind();
        fields.name = m.name();
        fields.launchingUnit = UnitLabels.label(m.launchingUnitName(), m.launchingUnitCode());
        fields.participantRoot = m.participantRootCode();
        fields.decisionNumber = m.decisionNumber();
        fields.decisionDate = m.decisionDate();
        fields.yearFrom = m.yearFrom();
        fields.yearTo = m.yearTo();
        fields.periodKind = m.periodKind();
        fields.description = m.description();
        fields.status = m.status();
        return fields;
    }

    MovementForm form() {
        return new MovementForm(code, kind, name, UnitLabels.code(launchingUnit), UnitLabels.code(participantRoot),
                decisionNumber, decisionDate, yearFrom, yearTo, periodKind, description, status);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLaunchingUnit() {
        return launchingUnit;
    }

    public void setLaunchingUnit(String launchingUnit) {
        this.launchingUnit = launchingUnit;
    }

    public String getParticipantRoot() {
        return participantRoot;
    }

    public void setParticipantRoot(String participantRoot) {
        this.participantRoot = participantRoot;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public void setDecisionNumber(String decisionNumber) {
        this.decisionNumber = decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public int getYearFrom() {
        return yearFrom;
    }

    public void setYearFrom(int yearFrom) {
        this.yearFrom = yearFrom;
    }

    public int getYearTo() {
        return yearTo;
    }

    public void setYearTo(int yearTo) {
        this.yearTo = yearTo;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public void setPeriodKind(PeriodKind periodKind) {
        this.periodKind = periodKind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public void setStatus(MovementStatus status) {
        this.status = status;
    }
}
