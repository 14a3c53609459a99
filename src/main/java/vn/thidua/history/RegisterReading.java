package vn.thidua.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Collective;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Household;
import vn.thidua.dossier.Individual;
import vn.thidua.eligibility.Text;

/**
 * Reads a request's subjects from the register and completes the request (request-and-result.md
 * §6.6); writes and reads back what was read, as a run stores it for replay.
 */
@Service
public class RegisterReading {

    private static final TypeReference<List<RegisteredAward>> ENTRIES = new TypeReference<>() { };

    private final ObjectProvider<AwardRegister> register;
    private final JsonMapper json;

    RegisterReading(ObjectProvider<AwardRegister> register, JsonMapper json) {
        this.register = register;
        this.json = json;
    }

    /**
     * The request completed from the register's entries of its subjects for the years before the
     * evaluated one; unchanged when there are none, or when no register is configured.
     */
    public CompletedRequest complete(EvaluationRequest request) {
        return complete(request, award -> null);
    }

    /** As {@link #complete(EvaluationRequest)}, with warnings naming awards by {@code names} (null: by code). */
    public CompletedRequest complete(EvaluationRequest request, Function<AwardCode, Text> names) {
        AwardRegister source = register.getIfAvailable();
        if (source == null || request.subjectCount() == 0) {
            return CompletedRequest.unchanged(request);
        }
        List<String> ids = new ArrayList<>(request.subjectCount());
        request.individuals().stream().map(Individual::id).forEach(ids::add);
        request.collectives().stream().map(Collective::id).forEach(ids::add);
        request.households().stream().map(Household::id).forEach(ids::add);
        return HistoryCompletion.complete(request, source.history(ids, request.period().year()), names);
    }

    /**
     * The request of {@code unit} for the year after {@code previous}'s, with its subjects' history
     * completed from the register ({@link NextYearRequests#forUnit}).
     */
    public EvaluationRequest nextYear(EvaluationRequest previous, String unit) {
        AwardRegister source = register.getIfAvailable();
        List<String> ids = NextYearRequests.subjects(previous, unit);
        int year = previous.period().year() + 1;
        return NextYearRequests.forUnit(previous, unit, source == null || ids.isEmpty() ? List.of() : source.history(ids, year));
    }

    /** What a run read from the register, as stored with the run; null when nothing was read. */
    public String snapshot(CompletedRequest completed) {
        return completed.readRegister() ? json.writeValueAsString(completed.read()) : null;
    }

    /** The request completed again from a stored snapshot; unchanged for a null snapshot. */
    public CompletedRequest replay(EvaluationRequest request, String snapshot) {
        return replay(request, snapshot, award -> null);
    }

    /** As {@link #replay(EvaluationRequest, String)}, with warnings naming awards by {@code names}. */
    public CompletedRequest replay(EvaluationRequest request, String snapshot, Function<AwardCode, Text> names) {
        if (snapshot == null) {
            return CompletedRequest.unchanged(request);
        }
        return HistoryCompletion.complete(request, json.readValue(snapshot, ENTRIES), names);
    }
}
