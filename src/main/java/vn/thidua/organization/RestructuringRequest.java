package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A restructuring as the dialog and the API ask for it: a kind (MERGE, SPLIT, CHANGE, CLOSE, CREATE, HEIR) and the
 * fields that kind uses; {@link #toCommand()} is the one place that turns it into a command.
 */
public record RestructuringRequest(String kind, LocalDate date, List<String> codes, String code, String survivorCode,
                                   String newCode, String newName, String newType, String level, String parentCode,
                                   String secondCode, String secondName, String secondType, int heir,
                                   String legalBasis) implements Serializable {

    public RestructuringCommand toCommand() {
        String chosen = kind == null ? "" : kind.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (chosen) {
            case "MERGE" -> new MergeCommand(date, codes == null ? List.of() : codes, survivorCode, newCode, newName,
                    newType, legalBasis);
            case "SPLIT" -> new SplitCommand(date, code, List.of(new SplitCommand.Part(newCode, newName, newType),
                    new SplitCommand.Part(secondCode, secondName, secondType)), heir, legalBasis);
            case "CHANGE" -> new ChangeCommand(date, code, newName, newType, parentCode, legalBasis);
            case "CLOSE" -> new CloseCommand(date, code, legalBasis);
            case "CREATE" -> new CreateCommand(date, newCode, newName, newType, level, parentCode, legalBasis);
            case "HEIR" -> new HeirCommand(date, code, parentCode, legalBasis);
            default -> throw new vn.thidua.platform.error.BusinessException("org.event.kindUnknown", kind);
        };
    }
}
