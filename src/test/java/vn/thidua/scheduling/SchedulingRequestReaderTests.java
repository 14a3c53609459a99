package vn.thidua.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.dossier.FieldError;
import vn.thidua.dossier.ValidationException;

/** A scheduling request is checked like an evaluation request: every problem at once, each at its JSON path. */
class SchedulingRequestReaderTests {

    private final SchedulingRequestReader reader = new SchedulingRequestReader(1 << 20, 10_000);

    @Test
    void readsSampleCouncil() {
        SchedulingRequest request = reader.read(new ByteArrayInputStream(SampleSchedules.bytes(SampleSchedules.COMMUNE)));

        assertThat(request.members()).hasSize(9);
        assertThat(request.sessions()).hasSize(4);
        assertThat(request.dossiers()).hasSize(40);
        assertThat(request.quorum()).isEqualTo(7);
        assertThat(request.members().get(7).personId()).isEqualTo("CN-0016");
    }

    @Test
    void reportsEveryProblemOfInvalidSampleAtItsPath() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class,
                () -> reader.read(new ByteArrayInputStream(SampleSchedules.bytes(SampleSchedules.INVALID))));

        assertThat(invalid.errors()).extracting(FieldError::path).containsExactlyInAnyOrder(
                "council.quorumPercent", "members[0].role", "members[2].id", "members[3].personID", "sessions[0].start",
                "sessions[1].minutes", "sessions[1].availableMembers[1]", "sessions[1].availableMembers[2]",
                "dossiers[0].deadline", "dossiers[1].id", "dossiers[1].deadline");
        assertThat(invalid.errors()).extracting(FieldError::toString)
                .contains("sessions[1].availableMembers[1]: unknown member \"M9\"",
                        "members[2].id: duplicate member id \"M2\"; first used at members[1]",
                        "council.quorumPercent: number 150 is out of range; expected 0 to 100");
    }

    @Test
    void rejectsAnotherSchemaVersionAlone() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class,
                () -> read("{\"schemaVersion\": 2, \"council\": {\"quorumPercent\": 500}}"));

        assertThat(invalid.errors()).extracting(FieldError::path).containsExactly("schemaVersion");
    }

    @Test
    void acceptsQuorumOfNoneAndOfAll() {
        assertThat(read("{\"schemaVersion\": 1, \"council\": {\"quorumPercent\": 0}}").quorum()).isZero();
        assertThat(read("{\"schemaVersion\": 1, \"council\": {\"quorumPercent\": 100}, \"members\": ["
                + "{\"id\": \"M1\", \"unit\": \"A\", \"role\": \"CHAIR\"}, {\"id\": \"M2\", \"unit\": \"B\", \"role\": \"MEMBER\"}]}")
                .quorum()).isEqualTo(2);
    }

    @Test
    void checksRequestBuiltInCodeAsIfSent() {
        SchedulingRequest request = SchedulingRequests.smallCouncil();

        assertThat(reader.check(request)).isEqualTo(request);
    }

    private SchedulingRequest read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
