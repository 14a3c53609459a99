package vn.thidua.evaluation;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import vn.thidua.accounts.Account;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.history.NextYearRequests;
import vn.thidua.history.RegisterReading;

/**
 * Next year's request of a unit, for the Excel template (docs/operations.md, "Next year's template"):
 * its people from the latest stored run that holds the unit's subjects, with their history completed
 * from the register, for the year after that run's.
 */
@Service
public class NextYearTemplates {

    // Runs looked at, newest first, for one that holds the unit's subjects.
    private static final int RUNS_LOOKED_AT = 50;

    private final RunAccess access;
    private final EvaluationRuns runs;
    private final RegisterReading history;

    NextYearTemplates(RunAccess access, EvaluationRuns runs, RegisterReading history) {
        this.access = access;
        this.runs = runs;
        this.history = history;
    }

    /**
     * The request of {@code unit} for the year after the latest stored run holding its subjects;
     * empty when no run the user may see holds any.
     *
     * @throws AccessDeniedException when the unit is not the user's
     */
    public Optional<EvaluationRequest> forUnit(String unit, Account user) {
        if (!user.seesAllUnits() && !user.units().contains(unit)) {
            throw new AccessDeniedException("unit " + unit + " is not one of your units " + user.units());
        }
        for (long runId : access.latestRunsNaming(unit, RUNS_LOOKED_AT)) {
            Optional<EvaluationRequest> request = runs.request(runId);
            if (request.isPresent() && !NextYearRequests.subjects(request.get(), unit).isEmpty()) {
                return Optional.of(history.nextYear(request.get(), unit));
            }
        }
        return Optional.empty();
    }
}
