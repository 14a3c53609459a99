package vn.thidua.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.system.ThiduaProperties;

/**
 * The working days of the rules folder's {@value Holidays#FILE}. Read at start, where a broken file
 * stops the application with every problem named; read again when the file changes, so a new year
 * needs no restart (a broken edit is then logged and the last good calendar kept).
 */
@Component
public class WorkingCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);

    private final Path file;
    private final Path rulesDir;
    private WorkingDays current;
    private FileTime readAt;

    WorkingCalendar(ThiduaProperties properties) {
        this.rulesDir = properties.rules().dir();
        this.file = rulesDir.resolve(Holidays.FILE);
        this.readAt = modified();
        this.current = new WorkingDays(Holidays.read(rulesDir));
        if (readAt == null) {
            LOG.warn("{} is missing: working days skip weekends only", file);
        }
    }

    /** The working days as the file now gives them. */
    public synchronized WorkingDays workingDays() {
        FileTime now = modified();
        if (now != null && !now.equals(readAt)) {
            try {
                current = new WorkingDays(Holidays.read(rulesDir));
            } catch (HolidaysException e) {
                LOG.error("{} was changed and is refused; the calendar read before is kept:\n{}", file, e.getMessage());
            }
            readAt = now;
        }
        return current;
    }

    private FileTime modified() {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
