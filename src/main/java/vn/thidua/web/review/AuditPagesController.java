package vn.thidua.web.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.audit.AuditChain;
import vn.thidua.audit.AuditReplay;
import vn.thidua.audit.DecisionHistory;
import vn.thidua.audit.DecisionRecord;
import vn.thidua.dossier.AwardCode;
import vn.thidua.system.NotFoundException;

/** Auditors: every stored decision about a subject across years and rule versions, the chain's state, replay. */
@Controller
class AuditPagesController {

    private final DecisionHistory history;
    private final AuditChain chain;
    private final AuditReplay replay;
    private final JdbcTemplate jdbc;

    AuditPagesController(DecisionHistory history, AuditChain chain, AuditReplay replay, JdbcTemplate jdbc) {
        this.history = history;
        this.chain = chain;
        this.replay = replay;
        this.jdbc = jdbc;
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String subject, @RequestParam(required = false) AwardCode award,
            Model model) {
        model.addAttribute("awards", AwardCode.values());
        model.addAttribute("subject", subject);
        model.addAttribute("award", award);
        if (subject != null && !subject.isBlank()) {
            model.addAttribute("records", records(subject.strip(), award));
        }
        return "audit/search";
    }

    @GetMapping("/audit/chain")
    String chain(Model model) {
        model.addAttribute("report", chain.verify());
        return "audit/chain";
    }

    @PostMapping("/audit/replay/{runId}")
    String replay(@PathVariable long runId, Model model) {
        model.addAttribute("replay", replay.replay(runId).orElseThrow(() -> new NotFoundException("no evaluation run " + runId)));
        return "audit/replay";
    }

    // Every (year, award) the subject was decided in, then the history of each, oldest run first.
    private List<DecisionRecord> records(String subject, AwardCode award) {
        List<DecisionRecord> records = new ArrayList<>();
        List<Object[]> decided = jdbc.query("SELECT DISTINCT r.period_year, d.award FROM evaluation_run r"
                + " JOIN evaluation_decision d ON d.run_id = r.id WHERE d.subject_id = ? ORDER BY r.period_year, d.award",
                (rs, n) -> new Object[] {rs.getInt(1), AwardCode.valueOf(rs.getString(2))}, subject);
        for (Object[] pair : decided) {
            if (award == null || award == pair[1]) {
                records.addAll(history.find(subject, (AwardCode) pair[1], (Integer) pair[0]));
            }
        }
        return records;
    }
}
