package vn.thidua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.scheduling.SampleSchedules;

/** {@code schedule} in process, as the jar runs it (docs/request-and-result.md §5): no Spring context, nothing stored. */
class ScheduleCommandTests {

    @Test
    void schedulesSampleCouncilToStdout() {
        CommandRun run = CommandRun.of("schedule", SampleSchedules.COMMUNE.toString(), "--seconds", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = JsonMapper.shared().readTree(run.out());
        assertThat(result.path("feasible").asBoolean()).isTrue();
        assertThat(result.path("score").asString()).matches("0hard/-2medium/-\\d+soft");
        assertThat(result.path("assignments").size() + result.path("unassigned").size()).isEqualTo(40);
        assertThat(result.path("constraints").size()).isEqualTo(8);
        assertThat(run.err()).contains("schedule: 38 dossiers placed, 2 unassigned");
    }

    @Test
    void writesResultToOutFile(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("schedule.json");

        CommandRun run = CommandRun.of("schedule", SampleSchedules.COMMUNE.toString(), "--out", out.toString(), "--seconds", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JsonMapper.shared().readTree(Files.readString(out)).path("assignments").isArray()).isTrue();
    }

    @Test
    void exitsWithTwoAndEveryPathForInvalidRequest() {
        CommandRun run = CommandRun.of("schedule", SampleSchedules.INVALID.toString(), "--seconds", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("is not a valid scheduling request", "council.quorumPercent: number 150 is out of range",
                "sessions[0].start: expected an ISO local date and time", "dossiers[0].deadline: required field is missing");
    }

    @Test
    void exitsWithTwoForMissingFileAndBadTimeLimit() {
        assertThat(CommandRun.of("schedule", "no-such-request.json").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("schedule", SampleSchedules.COMMUNE.toString(), "--seconds", "0").exitCode()).isEqualTo(2);
    }
}
