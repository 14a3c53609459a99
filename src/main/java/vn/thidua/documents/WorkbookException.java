package vn.thidua.documents;

import java.util.List;

/** An uploaded workbook that cannot be a request, with every problem found; nothing was stored. */
public class WorkbookException extends RuntimeException {

    private final List<CellProblem> problems;

    WorkbookException(List<CellProblem> problems) {
        super(problems.size() + " problem(s) in the workbook: " + problems.get(0)
                + (problems.size() > 1 ? " …" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
