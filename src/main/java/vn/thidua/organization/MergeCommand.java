package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Merge the units with {@code codes} (as they are on {@code date}) into {@code survivorCode} (one of them), or,
 * when that is empty, into a new unit {@code newCode} / {@code newName} / {@code newType} under the same parent.
 */
public record MergeCommand(LocalDate date, List<String> codes, String survivorCode, String newCode,
                           String newName, String newType, String legalBasis) implements Serializable {
}
