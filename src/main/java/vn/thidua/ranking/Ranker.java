package vn.thidua.ranking;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.EvaluationRequest;
import vn.thidua.dossier.Quota;
import vn.thidua.dossier.Unit;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.eligibility.engine.RuleSetLoader;

/**
 * Ranks eligible candidates under quotas (docs/request-and-result.md §6, "Quotas and ranking") with the ranking
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
        return plan(request, (award, unit) -> !pool.under(award, unit).isEmpty()).stream().map(ranker::rank).toList();
    }

    /**
     * For a request ranked part by part, its subjects too many to hold at once: the awards whose
     * decisions its rankings read (each quota's award and the award its percentage counts, the
     * request's and the policy defaults').
     */
    public Set<AwardCode> awardsRead(List<Quota> quotas) {
        Set<AwardCode> read = EnumSet.noneOf(AwardCode.class);
        quotas.forEach(q -> addAward(read, q.award(), q.ofAward()));
        policy.defaults().forEach(d -> addAward(read, d.award(), d.ofAward()));
        return read;
    }

    private static void addAward(Set<AwardCode> read, AwardCode award, AwardCode ofAward) {
        read.add(award);
        if (ofAward != null) {
            read.add(ofAward);
        }
    }

    /**
     * For a request ranked part by part: the rankings {@link #rank} would give, in its order, each
     * to be ranked by {@link #rankPart} over the subjects of the units it covers.
     *
     * @param hasCandidatesUnder whether any subject in the unit or below has a decision for the award
     */
    public List<PlannedQuota> plan(EvaluationRequest request, BiPredicate<AwardCode, String> hasCandidatesUnder) {
        List<PlannedQuota> planned = new ArrayList<>();
        for (Quota quota : request.quotas()) {
            planned.add(new PlannedQuota(quota, QuotaSource.REQUEST, null));
        }
        for (RankingPolicy.DefaultQuota fallback : policy.defaults()) {
            for (Unit unit : request.units()) {
                boolean requested = request.quotas().stream()
                        .anyMatch(q -> q.award() == fallback.award() && q.unit().equals(unit.code()));
                if (unit.level() == fallback.unitLevel() && !requested && hasCandidatesUnder.test(fallback.award(), unit.code())) {
                    planned.add(new PlannedQuota(new Quota(fallback.award(), unit.code(), fallback.maxCount(), fallback.maxPercent(),
                            fallback.ofAward(), fallback.reserved()), QuotaSource.POLICY_DEFAULT, fallback.reference()));
                }
            }
        }
        return planned;
    }

    /** The units a quota of this unit covers: the unit and every unit below it. */
    public static Set<String> covered(List<Unit> units, String unit) {
        return new UnitTree(units).covered(unit);
    }

    /**
     * One planned quota ranked over a part of a request: the subjects of the units the quota covers
     * (with their decisions), which is all a quota reads.
     */
    public Ranking rankPart(EvaluationRequest part, List<EligibilityDecision> decisions, PlannedQuota quota) {
        UnitTree units = new UnitTree(part.units());
        Pool pool = new Pool(Subjects.index(part, units), decisions, units);
        return new QuotaRanker(policy, pool, part.period().year()).rank(quota);
    }
}
