package vn.thidua.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.thidua.accounts.AccountEvents;
import vn.thidua.audit.AuditChain;
import vn.thidua.audit.AuditReplay;
import vn.thidua.audit.ChainReport;
import vn.thidua.audit.DecisionHistory;
import vn.thidua.audit.DecisionRecord;
import vn.thidua.audit.ReplayReport;
import vn.thidua.dossier.AwardCode;
import vn.thidua.system.NotFoundException;

/** The audit over REST: verify the chain of stored runs, replay a run, why a decision was made, and the accounts' events. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditChain chain;
    private final AuditReplay replay;
    private final DecisionHistory history;
    private final AccountEvents accountEvents;

    AuditController(AuditChain chain, AuditReplay replay, DecisionHistory history, AccountEvents accountEvents) {
        this.chain = chain;
        this.replay = replay;
        this.history = history;
        this.accountEvents = accountEvents;
    }

    @Operation(summary = "Sign-ins and account changes",
            description = "Sign-ins at the login form, failed sign-ins (form and HTTP basic) with the address, lockouts, "
                    + "refused attempts while locked out, and every creation and change of an account with who made it; "
                    + "newest first.")
    @GetMapping(path = "/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AccountEvents.Event> accounts(
            @Parameter(description = "only this user name's events") @RequestParam(required = false) String username,
            @Parameter(description = "at most this many, 1 to 5000") @RequestParam(defaultValue = "500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1 to 5000, was " + limit);
        }
        return accountEvents.recent(username, limit);
    }

    @Operation(summary = "Verify the audit chain",
            description = "Recomputes every stored run's hashes and links; intact is false and firstAlteredRunId names "
                    + "the first altered run when one was altered, with what differs. records does the same for the record "
                    + "chain (rankings, schedules, rule-set versions, impact reports, activations, public lists and comments, "
                    + "council sessions, decisions, register entries): firstAlteredKind, firstAlteredKey and tables name the "
                    + "first altered record, unsealedRecords counts records written around the chain.")
    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainReport verify() {
        return chain.verify();
    }

    @Operation(summary = "Replay a stored run on its stored rule set",
            description = "Evaluates the stored request again on the stored rule-set version; identical is true when "
                    + "every decision and criterion equals the stored one, otherwise differences list where.")
    @PostMapping(path = "/replay/{runId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReplayReport replay(@PathVariable long runId) {
        return replay.replay(runId).orElseThrow(() -> new NotFoundException("no evaluation run " + runId));
    }

    @Operation(summary = "Why did this candidate qualify?",
            description = "Every stored decision for a subject, award and period year across runs, oldest first, with "
                    + "criteria, facts, citations, the rule-set version and the DRL text of the rules that decided it.")
    @GetMapping(path = "/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DecisionRecord> decisions(
            @Parameter(description = "subject id, e.g. CN-0001") @RequestParam String subjectId,
            @Parameter(description = "award code, e.g. CHIEN_SI_THI_DUA_CO_SO") @RequestParam AwardCode award,
            @Parameter(description = "period year, e.g. 2025") @RequestParam int year) {
        return history.find(subjectId, award, year);
    }
}
