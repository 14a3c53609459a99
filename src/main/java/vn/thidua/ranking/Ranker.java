package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Quota;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * Ranks eligible candidates under quotas (contract §6, "Quotas and ranking") with the ranking
 * policy of a rule set, {@code rules/ranking/policy.yaml}. A quota never changes a decision: it only
 * selects among ELIGIBLE candidates, and explains every entry.
 */
public final class Ranker {

    private final RankingPolicy policy;

    Ranker(RankingPolicy policy) {
        this.policy = policy;
    }

    /**
     * The ranker of a loaded rule set, with the policy file it was loaded with.
     *
     * @throws vn.thidua.eligibility.engine.RuleSetException naming the file and line when the policy is missing or wrong
     */
    public static Ranker of(RuleSet ruleSet) {
        return new Ranker(PolicyReader.read(ruleSet.files().get(RuleSetLoader.RANKING_POLICY)));
    }

    /**
     * One ranking per quota: the request's quotas in their order, each even when it has no candidate,
     * then the policy's default quotas for units of the default's level that have candidates for the
     * award and no request quota for it. Candidates are the subjects with a decision in
     * {@code decisions} for the quota's award, working in the quota's unit or a unit below it.
     *
     * @return empty when the request has no quota and no policy default applies; never null
     */
    public List<Ranking> rank(EvaluationRequest request, List<EligibilityDecision> decisions) {
        if (request.quotas().isEmpty() && policy.defaults().isEmpty()) {
            return List.of();
        }
        UnitTree units = new UnitTree(request.units());
        Pool pool = new Pool(Subjects.index(request, units), decisions, units);
        QuotaRanker ranker = new QuotaRanker(policy, pool, request.period().year());
        return planned(request, pool).stream().map(ranker::rank).toList();
    }

    private List<PlannedQuota> planned(EvaluationRequest request, Pool pool) {
        List<PlannedQuota> planned = new ArrayList<>();
        for (Quota quota : request.quotas()) {
            planned.add(new PlannedQuota(quota, QuotaSource.REQUEST, null));
        }
        for (RankingPolicy.DefaultQuota fallback : policy.defaults()) {
            for (Unit unit : request.units()) {
                boolean requested = request.quotas().stream()
                        .anyMatch(q -> q.award() == fallback.award() && q.unit().equals(unit.code()));
                if (unit.level() == fallback.unitLevel() && !requested && !pool.under(fallback.award(), unit.code()).isEmpty()) {
                    planned.add(new PlannedQuota(new Quota(fallback.award(), unit.code(), fallback.maxCount(), fallback.maxPercent(),
                            fallback.ofAward(), fallback.reserved()), QuotaSource.POLICY_DEFAULT, fallback.reference()));
                }
            }
        }
        return planned;
    }
}
