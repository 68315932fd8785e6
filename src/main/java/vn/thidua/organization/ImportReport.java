package vn.thidua.organization;

import java.io.Serializable;
import java.util.List;

/** The outcome of checking or importing a unit list: nothing is saved unless {@code problems} is empty. */
public record ImportReport(int rows, int created, List<ImportProblem> problems) implements Serializable {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
