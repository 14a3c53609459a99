package vn.thidua.web.runs;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.accounts.Account;
import vn.thidua.audit.EvaluationRuns;
import vn.thidua.documents.RequestWorkbooks;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.RequestReader;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.Evaluation;

/** Validates a request, checks that it concerns the user's units, evaluates and stores it with its units. */
@Service
public class RunSubmissions {

    private final RequestReader reader;
    private final EvaluationRuns runs;
    private final RunScope scope;
    private final RequestWorkbooks workbooks;
    private final JsonMapper json;

    RunSubmissions(RequestReader reader, EvaluationRuns runs, RunScope scope, RequestWorkbooks workbooks, JsonMapper json) {
        this.reader = reader;
        this.runs = runs;
        this.scope = scope;
        this.workbooks = workbooks;
        this.json = json;
    }

    /** The request an uploaded workbook holds, as JSON (WorkbookException with every problem by sheet, row, column). */
    byte[] fromWorkbook(java.io.InputStream xlsx) {
        return json.writeValueAsBytes(workbooks.read(xlsx));
    }

    /** Reads and checks the request (ValidationException with every bad path), refusing other units' requests. */
    EvaluationRequest validate(byte[] requestJson, Account user) {
        EvaluationRequest request = reader.read(new ByteArrayInputStream(requestJson));
        scope.checkSubmission(user, units(request));
        return request;
    }

    public Evaluation submit(byte[] requestJson, Account user) {
        EvaluationRequest request = validate(requestJson, user);
        Evaluation evaluation = runs.evaluateAndStore(requestJson);
        scope.record(evaluation.runId(), units(request), user.username());
        return evaluation;
    }

    private static List<String> units(EvaluationRequest request) {
        return request.units().stream().map(Unit::code).toList();
    }
}
