package vn.thidua.calendar;

import java.util.List;

/** The holidays file is refused: every problem, each naming the file and line. */
public class HolidaysException extends RuntimeException {

    private final List<String> problems;

    HolidaysException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as "file:line: what is wrong". */
    public List<String> problems() {
        return problems;
    }
}
