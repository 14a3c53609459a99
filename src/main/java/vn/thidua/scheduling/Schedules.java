package vn.thidua.scheduling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Council schedules: a request is validated, stored and solved in the background; its status and
 * best result so far can be read, and it can be stopped. Ended schedules stay in the database.
 */
@Service
public class Schedules {

    private final SchedulingRequestReader reader;
    private final ScheduleJobs jobs;
    private final EvaluationDossiers evaluations;
    private final ScheduleRepository repository;
    private final JsonMapper json;

    Schedules(SchedulingRequestReader reader, ScheduleJobs jobs, EvaluationDossiers evaluations, ScheduleRepository repository,
            JsonMapper json) {
        this.reader = reader;
        this.jobs = jobs;
        this.evaluations = evaluations;
        this.repository = repository;
        this.json = json;
    }

    /**
     * Validates a scheduling request given as the bytes received, stores it and starts solving it.
     *
     * @throws vn.thidua.dossier.ValidationException when the request is invalid; nothing is stored
     * @throws SchedulerBusyException when too many schedules are in progress; nothing is stored
     */
    public ScheduleView submit(byte[] requestJson) {
        SchedulingRequest request = reader.read(new ByteArrayInputStream(requestJson));
        return jobs.submit(request, new String(requestJson, StandardCharsets.UTF_8), null);
    }

    /**
     * Builds a request from a stored evaluation run's decisions and the council in the body
     * ({@link EvaluationScheduling}), stores it and starts solving it.
     *
     * @return empty when no run has this id
     * @throws vn.thidua.dossier.ValidationException when the body, or the request built, is invalid
     */
    public Optional<ScheduleView> submitFromEvaluation(long runId, byte[] bodyJson) {
        EvaluationScheduling council = reader.readDocument(new ByteArrayInputStream(bodyJson), EvaluationScheduling.class);
        return evaluations.request(runId, council)
                .map(reader::check)
                .map(request -> jobs.submit(request, json.writeValueAsString(request), runId));
    }

    /** A schedule with its status and its best result so far; empty when no schedule has this id. */
    public Optional<ScheduleView> find(long id) {
        return jobs.find(id);
    }

    /** Stops a schedule that is still solving; its best result so far is kept. Empty when no schedule has this id. */
    public Optional<ScheduleView> stop(long id) {
        return jobs.stop(id);
    }

    /** The ids of the newest schedules, newest first, at most {@code limit}. */
    public List<Long> newest(int limit) {
        return repository.newestIds(limit);
    }

    /** The ids of the schedules built from an evaluation run, oldest first; empty when none. */
    public List<Long> ofRun(long runId) {
        return repository.idsOfRun(runId);
    }

    /** The scheduling request of a schedule as it was stored; empty when no schedule has this id. */
    public Optional<String> request(long id) {
        return repository.findById(id).map(ScheduleRecord::requestJson);
    }
}
