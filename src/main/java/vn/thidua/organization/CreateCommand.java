package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

/** A new unit {@code code} / {@code name} / {@code type} of level {@code levelCode} under {@code parentCode}. */
public record CreateCommand(LocalDate date, String code, String name, String type, String levelCode,
                            String parentCode, String legalBasis) implements RestructuringCommand {

    @Override
    public RestructuringSummary applyTo(Restructuring restructuring, Units units) {
        OrgUnit parent = units.unit(RestructuringCommand.required(parentCode, "org.create.parentRequired"), date);
        OrgUnit unit = restructuring.create(restructuring.event(OrgEvent.Kind.CREATE, date, legalBasis),
                new NewUnit(RestructuringCommand.required(code, "org.create.required"), units.level(levelCode),
                        RestructuringCommand.required(name, "org.create.required"),
                        RestructuringCommand.required(type, "org.create.required"), parent));
        return RestructuringSummary.of(List.of(), List.of(unit), 0, date);
    }
}
