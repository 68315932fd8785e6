package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

/** The unit {@code code} ceases to exist on {@code date}, without a successor; nothing may be left below it. */
public record CloseCommand(LocalDate date, String code, String legalBasis) implements RestructuringCommand {

    @Override
    public RestructuringSummary applyTo(Restructuring restructuring, Units units) {
        OrgUnit unit = units.unit(code, date);
        restructuring.close(unit, restructuring.event(OrgEvent.Kind.CLOSE, date, legalBasis));
        return RestructuringSummary.of(List.of(unit), List.of(), 0, date);
    }
}
