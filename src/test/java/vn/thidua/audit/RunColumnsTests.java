package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The columns a run's seal covers: a column added later counts only when it holds a value. */
class RunColumnsTests {

    private static Object[] criterion(String instrument) {
        return new Object[] {1, 1, "X-1", "MET", "vi", "en", "Nghị định 152/2025/NĐ-CP, Điều 4", null, "PENDING", "{}", "[]",
                instrument};
    }

    @Test
    void sealsAnOlderRowWithoutTheInstrumentColumnAsBefore() {
        List<String> row = RunColumns.canonical(RunColumns.CRITERION, criterion(null));

        assertThat(row).hasSize(RunColumns.CRITERION.size() - 1).doesNotContain("{\"id\":\"D2\"}");
    }

    @Test
    void sealsTheInstrumentWhenTheRowHasOne() {
        List<String> row = RunColumns.canonical(RunColumns.CRITERION, criterion("{\"id\":\"D2\"}"));

        assertThat(row).hasSize(RunColumns.CRITERION.size()).endsWith("{\"id\":\"D2\"}");
    }

    @Test
    void sealsAnEmptyHrefAsAValueOfItsOwn() {
        assertThat(RunColumns.canonical(RunColumns.CRITERION, criterion(null))).containsNull();
    }
}
