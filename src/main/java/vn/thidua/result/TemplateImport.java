package vn.thidua.result;

import java.io.Serializable;
import java.util.List;
import vn.thidua.organization.ImportProblem;

/**
 * The outcome of uploading a filled template: how many data rows it had, how many units' reports were saved (0 when
 * anything was wrong: then nothing is saved), and the problems by row.
 */
public record TemplateImport(int rows, int saved, List<ImportProblem> problems) implements Serializable {

    public TemplateImport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
