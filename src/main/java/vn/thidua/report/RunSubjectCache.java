package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.audit.RunOutline;
import vn.thidua.audit.RunOutlines;
import vn.thidua.audit.StoredRuns;
import vn.thidua.dossier.RequestReader;
import vn.thidua.system.NotFoundException;

/**
 * The subjects of stored runs, read the first time a report needs them and kept for the next reports (a
 * stored run never changes): from the outline written with the run ({@link RunOutlines}, V28), or for a
 * run stored before, from its request (about 110 MB for 100,000 people, seconds to read). The
 * {@value #RUNS} runs used last are kept.
 */
@Component
class RunSubjectCache {

    /** Five years of a district, and a few re-evaluations beside them. */
    static final int RUNS = 8;

    private final StoredRuns runs;
    private final RunOutlines outlines;
    private final RequestReader reader;
    private final Map<Long, RunSubjects> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunSubjects> eldest) {
            return size() > RUNS;
        }
    };

    RunSubjectCache(StoredRuns runs, RunOutlines outlines, RequestReader reader) {
        this.runs = runs;
        this.outlines = outlines;
        this.reader = reader;
    }

    RunSubjects of(long runId) {
        synchronized (kept) {
            RunSubjects found = kept.get(runId);
            if (found != null) {
                return found;
            }
        }
        RunSubjects read = RunSubjects.of(outlines.of(runId).orElseGet(() -> RunOutline.of(reader.read(new ByteArrayInputStream(
                runs.request(runId).orElseThrow(() -> new NotFoundException("no run " + runId)))))));
        synchronized (kept) {
            kept.put(runId, read);
        }
        return read;
    }
}
