package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.platform.error.BusinessException;

/**
 * Merge the units with {@code codes} (as they are on {@code date}) into {@code survivorCode} (one of them), or,
 * when that is empty, into a new unit {@code newCode} / {@code newName} / {@code newType} under the same parent.
 */
public record MergeCommand(LocalDate date, List<String> codes, String survivorCode, String newCode,
                           String newName, String newType, String legalBasis) implements RestructuringCommand {

    @Override
    public RestructuringSummary applyTo(Restructuring restructuring, Units units) {
        if (codes == null || codes.stream().distinct().count() < 2) {
            throw new BusinessException("org.merge.invalid");
        }
        List<OrgUnit> merging = codes.stream().distinct().map(code -> units.unit(code, date)).toList();
        OrgUnit survivor = survivorCode == null || survivorCode.isBlank() ? null : units.unit(survivorCode, date);
        NewUnit newUnit = survivor != null ? null : new NewUnit(
                RestructuringCommand.required(newCode, "org.merge.newUnitRequired"), merging.get(0).getLevel(),
                RestructuringCommand.required(newName, "org.merge.newUnitRequired"),
                RestructuringCommand.required(newType, "org.merge.newUnitRequired"),
                merging.get(0).versionOn(date).orElseThrow().getParent());
        List<OrgUnit> ending = merging.stream().filter(u -> !u.equals(survivor)).toList();
        int moved = ending.stream().mapToInt(u -> restructuring.childrenOn(u, date).size()).sum();
        OrgUnit successor = restructuring.merge(merging, survivor, newUnit, date, legalBasis);
        return RestructuringSummary.of(ending, List.of(successor), moved, date);
    }
}
