package vn.thidua.eligibility.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.UnitLevel;
import vn.thidua.eligibility.EligibilityDecision;
import vn.thidua.eligibility.Warning;

/**
 * One subject's part of a run: the facts it brings into the session, the awards to decide and emit
 * ({@code emit}), the awards to decide only because others depend on them, and the decisions made.
 */
final class SubjectPlan {

    final String id;
    final SubjectKind kind;
    final String branch;
    final UnitLevel unitLevel;
    final List<Object> facts;
    final List<Warning> warnings;
    final List<AwardCode> emit;
    final Set<AwardCode> needed;
    final Map<AwardCode, EligibilityDecision> decided = new LinkedHashMap<>();

    SubjectPlan(String id, SubjectKind kind, String branch, UnitLevel unitLevel, List<Object> facts, List<Warning> warnings,
            List<AwardCode> emit, Set<AwardCode> needed) {
        this.id = id;
        this.kind = kind;
        this.branch = branch;
        this.unitLevel = unitLevel;
        this.facts = facts;
        this.warnings = warnings;
        this.emit = emit;
        this.needed = needed;
    }

    List<EligibilityDecision> emitted() {
        return emit.stream().map(decided::get).filter(d -> d != null).toList();
    }
}
