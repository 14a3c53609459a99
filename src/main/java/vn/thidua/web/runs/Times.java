package vn.thidua.web.runs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants shown on the pages as Hà Nội time, day first. */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Times() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
