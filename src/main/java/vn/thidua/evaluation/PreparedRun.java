package vn.thidua.evaluation;

import java.util.List;

import vn.thidua.audit.ResultRows;
import vn.thidua.audit.RunOutline;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.Evaluation;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.ranking.Ranking;

/**
 * A request read, evaluated and ranked but not yet stored ({@link EvaluationRuns#prepare}), so that
 * storing it ({@link EvaluationRuns#store}) can be timed on its own; storing it twice stores two runs.
 */
public final class PreparedRun {

    final byte[] requestJson;
    final String registerJson;
    final List<String> units;
    final RuleSet ruleSet;
    final Evaluation evaluation;
    final List<Ranking> rankings;
    final ResultRows.Subjects subjects;
    final RunOutline outline;

    PreparedRun(byte[] requestJson, String registerJson, EvaluationRequest request, RuleSet ruleSet, Evaluation evaluation,
            List<Ranking> rankings) {
        this.requestJson = requestJson;
        this.registerJson = registerJson;
        this.units = request.units().stream().map(Unit::code).distinct().toList();
        this.ruleSet = ruleSet;
        this.evaluation = evaluation;
        this.rankings = rankings;
        this.subjects = ResultRows.Subjects.of(request);
        this.outline = RunOutline.of(request);
    }

    /** The evaluation as it will be stored, without rankings or run id. */
    public Evaluation evaluation() {
        return evaluation;
    }
}
