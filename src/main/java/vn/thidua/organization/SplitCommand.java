package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Divide the unit {@code code} into new units {@code parts} under the same parent; {@code heir} (an index into
 * parts) inherits its history, and the units below it go to the heir.
 */
public record SplitCommand(LocalDate date, String code, List<Part> parts, int heir, String legalBasis)
        implements RestructuringCommand {

    /** A new unit of the split. */
    public record Part(String code, String name, String type) implements Serializable {
    }

    @Override
    public RestructuringSummary applyTo(Restructuring restructuring, Units units) {
        OrgUnit old = units.unit(code, date);
        OrgUnit parent = old.versionOn(date).orElseThrow().getParent();
        List<NewUnit> specs = parts.stream().map(p -> new NewUnit(
                RestructuringCommand.required(p.code(), "org.split.invalid"), old.getLevel(),
                RestructuringCommand.required(p.name(), "org.split.invalid"),
                RestructuringCommand.required(p.type(), "org.split.invalid"), parent)).toList();
        int moved = restructuring.childrenOn(old, date).size();
        List<OrgUnit> successors = restructuring.split(old, specs, heir, Map.of(), date, legalBasis);
        return RestructuringSummary.of(List.of(old), successors, moved, date);
    }
}
