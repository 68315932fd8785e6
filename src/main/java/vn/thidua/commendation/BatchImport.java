package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;
import vn.thidua.organization.ImportProblem;

/**
 * The outcome of importing a list of nominees into a batch: how many rows the file had, how many nominations were
 * created (0 when anything was wrong: then nothing is saved), and the problems by row.
 */
public record BatchImport(int rows, int created, List<ImportProblem> problems) implements Serializable {

    public BatchImport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
