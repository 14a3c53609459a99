package vn.thidua.report;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.audit.StoredRuns;
import vn.thidua.dossier.RequestReader;
import vn.thidua.system.NotFoundException;

/**
 * The subjects of stored runs, read from each run's request the first time a report needs them and
 * kept for the next reports: a stored run never changes, and a district's request (about 110 MB for
 * 100,000 people) takes seconds to read. The {@value #RUNS} runs used last are kept.
 */
@Component
class RunSubjectCache {

    /** Five years of a district, and a few re-evaluations beside them. */
    static final int RUNS = 8;

    private final StoredRuns runs;
    private final RequestReader reader;
    private final Map<Long, RunSubjects> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, RunSubjects> eldest) {
            return size() > RUNS;
        }
    };

    RunSubjectCache(StoredRuns runs, RequestReader reader) {
        this.runs = runs;
        this.reader = reader;
    }

    RunSubjects of(long runId) {
        synchronized (kept) {
            RunSubjects found = kept.get(runId);
            if (found != null) {
                return found;
            }
        }
        byte[] request = runs.request(runId).orElseThrow(() -> new NotFoundException("no run " + runId));
        RunSubjects read = RunSubjects.of(reader.read(new ByteArrayInputStream(request)));
        synchronized (kept) {
            kept.put(runId, read);
        }
        return read;
    }
}
