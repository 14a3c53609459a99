package vn.thidua.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample scheduling requests of {@code data/} (see data/README.md). */
public final class SampleSchedules {

    /** A commune council of 9 members from 6 units, 4 sessions in January 2026, 40 dossiers. */
    public static final Path COMMUNE = Path.of("data/sample-schedule.json");
    /** A request with one problem of each kind the reader reports. */
    public static final Path INVALID = Path.of("data/sample-schedule-invalid.json");

    /** D39: its deadline, 2026-01-03, is before every session. */
    public static final String LATE_PROPOSAL = "D39";
    /** D40: of XA-DARSAL, whose three members leave six reviewers, below the quorum of seven. */
    public static final String NO_QUORUM = "D40";
    /** D38: CN-0016 of HTX-CAPHE-DARSAL, who is also member M8; only S1 keeps a quorum without M6 and M8. */
    public static final String MEMBERS_OWN = "D38";

    private SampleSchedules() {
    }

    public static SchedulingRequest commune() {
        try (InputStream in = Files.newInputStream(COMMUNE)) {
            return new SchedulingRequestReader(1 << 24, 10_000).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path sample) {
        try {
            return Files.readAllBytes(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
