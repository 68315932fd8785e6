package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * From {@code date}, the unit {@code code} has a new name and/or type (a xã becoming a phường keeps its code)
 * and/or moves under {@code parentCode}; blank fields stay as they are.
 */
public record ChangeCommand(LocalDate date, String code, String name, String type, String parentCode,
                            String legalBasis) implements RestructuringCommand {

    @Override
    public RestructuringSummary applyTo(Restructuring restructuring, Units units) {
        OrgUnit unit = units.unit(code, date);
        OrgUnitVersion current = unit.latest();
        String newName = blank(name) ? current.getName() : name.trim();
        String newType = blank(type) ? current.getType() : type.trim();
        OrgUnit parent = blank(parentCode) ? current.getParent() : units.unit(parentCode, date);
        boolean moves = parent != null && !parent.equals(current.getParent());
        boolean renames = !newName.equals(current.getName()) || !newType.equals(current.getType());
        if (moves && renames) {
            throw new vn.thidua.platform.error.BusinessException("org.change.oneAtATime");
        }
        OrgEvent event = restructuring.event(moves ? OrgEvent.Kind.MOVE : OrgEvent.Kind.CHANGE, date, legalBasis);
        if (moves) {
            restructuring.move(unit, parent, event);
        } else {
            restructuring.change(unit, newName, newType, event);
        }
        return RestructuringSummary.of(List.of(), List.of(unit), 0, date);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
