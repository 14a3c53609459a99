package vn.thidua.evaluation;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.accounts.Account;
import vn.thidua.documents.RequestWorkbooks;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestFile;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.system.Progress;

/** A user's request: validated, checked to concern one of the user's units, evaluated and stored with its units and submitter. */
@Service
public class RunSubmissions {

    private final EvaluationRuns runs;
    private final RunAccess access;
    private final RequestWorkbooks workbooks;
    private final JsonMapper json;
    private final RequestReader reader;

    RunSubmissions(EvaluationRuns runs, RunAccess access, RequestWorkbooks workbooks, JsonMapper json, RequestReader reader) {
        this.reader = reader;
        this.runs = runs;
        this.access = access;
        this.workbooks = workbooks;
        this.json = json;
    }

    /** The request an uploaded workbook holds, as JSON (WorkbookException with every problem by sheet, row, column). */
    public byte[] fromWorkbook(InputStream xlsx) {
        return json.writeValueAsBytes(workbooks.read(xlsx));
    }

    /**
     * Reads and checks the request, refusing other units' requests.
     *
     * @throws vn.thidua.dossier.ValidationException with every bad path
     * @throws org.springframework.security.access.AccessDeniedException when it names none of the user's units
     */
    public EvaluationRequest validate(byte[] requestJson, Account user) {
        EvaluationRequest request = runs.read(requestJson);
        access.checkSubmission(user, units(request));
        return request;
    }

    /** Validates, evaluates and stores a user's request; the run, its units and its submitter are one transaction. */
    public Evaluation submit(byte[] requestJson, Account user) {
        return submit(requestJson, user, Progress.NONE);
    }

    /** As above, telling {@code progress} of the subjects evaluated and the decisions stored. */
    public Evaluation submit(byte[] requestJson, Account user, Progress progress) {
        return submit(requestJson, user, progress, runId -> { });
    }

    /** As above, calling {@code alsoInTransaction} with the run's id in the run's own transaction. */
    Evaluation submit(byte[] requestJson, Account user, Progress progress, LongConsumer alsoInTransaction) {
        EvaluationRequest request = validate(requestJson, user);
        return runs.store(runs.prepare(requestJson, request, progress), user.username(), progress, alsoInTransaction);
    }

    /**
     * Validates, evaluates and stores a user's request kept in a file too large to read whole, in parts (docs/operations.md
     * §24); the run, its units and its submitter are one transaction. The result is written, as it is made, to the stream
     * {@code answer} gives once the run's id is known.
     *
     * @throws vn.thidua.dossier.ValidationException with every bad path, before anything is stored or written
     * @throws org.springframework.security.access.AccessDeniedException when it names none of the user's units
     * @throws RunNotStoredException when the database fails while the run is written; nothing of it is kept
     */
    public BulkEvaluation.Summary submitInParts(Path requestFile, Account user, LongFunction<OutputStream> answer) {
        RequestFile file = reader.file(requestFile);
        RequestFile.Outline outline = file.check();
        List<String> units = units(outline.request());
        access.checkSubmission(user, units);
        return runs.evaluateAndStoreStreamed(file, outline, answer, phase -> { }, Progress.NONE,
                runId -> access.record(runId, units, user.username()));
    }

    private static List<String> units(EvaluationRequest request) {
        return request.units().stream().map(Unit::code).toList();
    }
}
