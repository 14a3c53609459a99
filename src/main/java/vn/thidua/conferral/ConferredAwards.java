package vn.thidua.conferral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.dossier.AwardCode;
import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;

/**
 * The awards conferred on a run's dossiers, as the public page shows them once the decision is signed:
 * the name, the unit and the award, from the register entries of the run's signed decisions that
 * still count (a revoked award is left out). Nothing more: no decision number, no bonus, no personal data.
 */
@Service
public class ConferredAwards {

    /** A conferred award as published: who, of which unit, which award. */
    public record Published(String name, String unitName, AwardCode award) {
    }

    private final AwardDecisionStore decisions;
    private final Register register;

    ConferredAwards(AwardDecisionStore decisions, Register register) {
        this.decisions = decisions;
        this.register = register;
    }

    /** The awards the run's signed decisions conferred, in force, decision by decision in their order; empty before any is signed. */
    @Transactional(readOnly = true)
    public List<Published> ofRun(long runId) {
        List<Published> published = new ArrayList<>();
        for (AwardDecision decision : decisions.ofRun(runId)) {
            if (!decision.signed()) {
                continue;
            }
            Map<Integer, AwardDecision.Entry> entries = new HashMap<>();
            decision.entries().forEach(e -> entries.put(e.seq(), e));
            for (RegisterEntry entry : register.ofDecision(decision.id())) {
                AwardDecision.Entry drafted = entry.entrySeq() == null ? null : entries.get(entry.entrySeq());
                if (entry.inForce()) {
                    published.add(new Published(entry.subjectName(), drafted == null ? entry.unitCode() : drafted.unitName(),
                            entry.award()));
                }
            }
        }
        return published;
    }
}
