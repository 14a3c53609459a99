package vn.thidua.report;

import java.util.List;

/** The targets file is refused: every problem, each naming the file and line. */
public class ReportTargetsException extends RuntimeException {

    private final List<String> problems;

    ReportTargetsException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "file:line: what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
