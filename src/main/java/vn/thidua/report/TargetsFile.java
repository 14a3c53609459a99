package vn.thidua.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.system.ThiduaProperties;

/**
 * The targets of the rules folder's {@value ReportTargets#FILE}. Read at start, where a broken file
 * stops the application with every problem named; read again when the file changes, so that a new
 * target needs no restart (a broken edit is then logged and the targets read before are kept).
 */
@Component
class TargetsFile {

    private static final Logger LOG = LoggerFactory.getLogger(TargetsFile.class);

    private final Path rulesDir;
    private final Path file;
    private ReportTargets current;
    private FileTime readAt;

    TargetsFile(ThiduaProperties properties) {
        this.rulesDir = properties.rules().dir();
        this.file = rulesDir.resolve(ReportTargets.FILE);
        this.readAt = modified();
        this.current = ReportTargets.read(rulesDir);
        if (readAt == null) {
            LOG.warn("{} is missing: the reports show no targets", file);
        }
    }

    /** The targets as the file now gives them. */
    synchronized ReportTargets targets() {
        FileTime now = modified();
        if (now != null && !now.equals(readAt)) {
            try {
                current = ReportTargets.read(rulesDir);
            } catch (ReportTargetsException e) {
                LOG.error("{} was changed and is refused; the targets read before are kept:\n{}", file, e.getMessage());
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
