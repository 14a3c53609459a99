package vn.thidua.web.audit;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.accounts.AccountEvents;
import vn.thidua.audit.AuditChain;
import vn.thidua.audit.AuditReplay;
import vn.thidua.audit.DecisionHistory;
import vn.thidua.audit.ResultRows;
import vn.thidua.dossier.AwardCode;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.runs.PageLinks;

/** Auditors: every stored decision about a subject across years and rule versions, the chain's state, replay. */
@Controller
class AuditPagesController {

    // Times on the pages are Vietnam's, whatever the server's zone.
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DecisionHistory history;
    private final AuditChain chain;
    private final AuditReplay replay;
    private final AccountEvents accountEvents;

    AuditPagesController(DecisionHistory history, AuditChain chain, AuditReplay replay, AccountEvents accountEvents) {
        this.history = history;
        this.chain = chain;
        this.replay = replay;
        this.accountEvents = accountEvents;
    }

    /** Sign-ins, failures, lockouts and account changes, newest first (the last 500, or one user's). */
    @GetMapping("/audit/accounts")
    String accounts(@RequestParam(required = false) String username, Model model) {
        model.addAttribute("username", username);
        model.addAttribute("events", accountEvents.recent(username, 500));
        model.addAttribute("zone", VIETNAM);
        return "audit/accounts";
    }

    @GetMapping("/audit")
    String search(@RequestParam(required = false) String subject, @RequestParam(required = false) AwardCode award,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "" + ResultRows.DEFAULT_SIZE) int size,
            Model model) {
        model.addAttribute("awards", AwardCode.values());
        model.addAttribute("zone", VIETNAM);
        model.addAttribute("subject", subject);
        model.addAttribute("award", award);
        if (subject != null && !subject.isBlank()) {
            DecisionHistory.Page found = history.page(subject.strip(), award, page, size);
            model.addAttribute("page", found);
            model.addAttribute("records", found.records());
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("subject", subject.strip());
            kept.put("award", award);
            model.addAttribute("links", PageLinks.of("/audit", kept, found.size(), found.page(), found.pages()));
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
}
