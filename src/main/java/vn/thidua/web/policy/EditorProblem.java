package vn.thidua.web.policy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem that validation found, placed for the editor: the file it names (null when it names
 * no file of the working copy), its line (0 when the problem has none) and its message; {@code text}
 * is the problem as validation wrote it ({@code file:line: message}), which the page shows whole.
 */
record EditorProblem(String file, int line, String message, String text) implements Serializable {

    private static final Pattern LINE = Pattern.compile("(\\d+): (.*)", Pattern.DOTALL);

    /**
     * Places each problem: validation writes them as {@code file:line: message} or {@code file: message};
     * the file is the longest of {@code files} the problem starts with, so a name holding a colon or
     * sharing a prefix with another is read right.
     */
    static List<EditorProblem> place(List<String> problems, Collection<String> files) {
        List<String> longestFirst = files.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<EditorProblem> placed = new ArrayList<>();
        for (String problem : problems) {
            placed.add(longestFirst.stream().filter(file -> problem.startsWith(file + ":")).findFirst()
                    .map(file -> of(file, problem.substring(file.length() + 1), problem))
                    .orElseGet(() -> new EditorProblem(null, 0, problem, problem)));
        }
        return placed;
    }

    private static EditorProblem of(String file, String rest, String problem) {
        Matcher line = LINE.matcher(rest);
        if (line.matches()) {
            try {
                return new EditorProblem(file, Integer.parseInt(line.group(1)), line.group(2), problem);
            } catch (NumberFormatException e) {
                // A number too long for a line is part of the message.
            }
        }
        return new EditorProblem(file, 0, rest.strip(), problem);
    }
}
