package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Validation's problems, written as {@code file:line: message}, placed at their file and line for the editor. */
class EditorProblemTests {

    private static final List<String> FILES = List.of("awards.yaml", "awards/gia-dinh-van-hoa.drl",
            "awards/gia-dinh-van-hoa.tests.yaml", "awards/gia-dinh-van-hoa.drl.bak");

    @Test
    void readsTheFileTheLineAndTheMessage() {
        List<EditorProblem> placed = EditorProblem.place(List.of(
                "awards/gia-dinh-van-hoa.drl:19: [ERR 102] Line 19:63 mismatched input ')'",
                "awards.yaml: missing: the awards", "awards/gia-dinh-van-hoa.tests.yaml:12: \"case\" fails: expected MET",
                "(rules): Parser returned a null Package", "awards/gia-dinh-van-hoa.drl.bak:3: x"), FILES);

        assertThat(placed).containsExactly(
                new EditorProblem("awards/gia-dinh-van-hoa.drl", 19, "[ERR 102] Line 19:63 mismatched input ')'",
                        "awards/gia-dinh-van-hoa.drl:19: [ERR 102] Line 19:63 mismatched input ')'"),
                new EditorProblem("awards.yaml", 0, "missing: the awards", "awards.yaml: missing: the awards"),
                new EditorProblem("awards/gia-dinh-van-hoa.tests.yaml", 12, "\"case\" fails: expected MET",
                        "awards/gia-dinh-van-hoa.tests.yaml:12: \"case\" fails: expected MET"),
                new EditorProblem(null, 0, "(rules): Parser returned a null Package", "(rules): Parser returned a null Package"),
                new EditorProblem("awards/gia-dinh-van-hoa.drl.bak", 3, "x", "awards/gia-dinh-van-hoa.drl.bak:3: x"));
    }

    @Test
    void aMessageOverSeveralLinesStaysWhole() {
        EditorProblem problem = EditorProblem.place(List.of("awards.yaml:4: not valid YAML:\n  found a tab"), FILES).get(0);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).isEqualTo("not valid YAML:\n  found a tab");
    }

    @Test
    void theEditorHighlightsEachKindOfFile() {
        assertThat(RuleEditorController.mode("awards/x.drl")).isEqualTo("drl");
        assertThat(RuleEditorController.mode("awards/x.tests.yaml")).isEqualTo("yaml");
        assertThat(RuleEditorController.mode("messages_vi.properties")).isEqualTo("properties");
        assertThat(RuleEditorController.mode("README.md")).isEqualTo("text");
    }
}
