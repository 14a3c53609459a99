package vn.thidua.web.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.accounts.Account;
import vn.thidua.conferral.AwardTrail;
import vn.thidua.conferral.AwardTrails;
import vn.thidua.dossier.AwardCode;
import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;
import vn.thidua.register.RegisterQuery;
import vn.thidua.register.Revocation;
import vn.thidua.system.NotFoundException;
import vn.thidua.system.ThiduaProperties;
import vn.thidua.web.site.CurrentUser;

/**
 * The register over REST: entries by subject, unit, year and award (a secretariat user sees those of
 * their units), past awards imported all or none, revocations, and the auditor's trail of an entry.
 */
@RestController
class RegisterController {

    private final Register register;
    private final AwardTrails trails;
    private final CurrentUser currentUser;
    private final long maxBytes;

    RegisterController(Register register, AwardTrails trails, CurrentUser currentUser, ThiduaProperties properties) {
        this.register = register;
        this.trails = trails;
        this.currentUser = currentUser;
        this.maxBytes = properties.imports().maxBytes();
    }

    @Operation(summary = "Register entries", description = "Filters left out match everything; ordered by subject, year and award.")
    @GetMapping(path = "/api/register", produces = MediaType.APPLICATION_JSON_VALUE)
    List<RegisterEntry> find(@Parameter(description = "subject id, e.g. CN-0001") @RequestParam(required = false) String subjectId,
            @Parameter(description = "unit code") @RequestParam(required = false) String unit,
            @Parameter(description = "achievement year") @RequestParam(required = false) Integer year,
            @Parameter(description = "award code") @RequestParam(required = false) AwardCode award,
            @Parameter(description = "at most this many, 1 to 5000") @RequestParam(defaultValue = "1000") int limit) {
        Account me = currentUser.get();
        return register.find(new RegisterQuery(subjectId, unit, year, award, limit), me.seesAllUnits() ? null : me.units());
    }

    @Operation(summary = "One register entry, with its revocation if any")
    @GetMapping(path = "/api/register/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    RegisterEntry entry(@PathVariable long id) {
        return visible(id);
    }

    @Operation(summary = "Import awards conferred before the application was used",
            description = "A JSON file {\"awards\": [...]} (docs/operations.md); all are entered or none. 400 lists every bad "
                    + "field by path (awards[2].decisionDate).")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/api/register/imports", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<RegisterEntry>> importPast(HttpServletRequest request) throws IOException {
        List<RegisterEntry> entries = register.importPast(RequestBodies.read(request, maxBytes), currentUser.get().username());
        return ResponseEntity.created(URI.create("/api/register?subjectId=" + entries.get(0).subjectId())).body(entries);
    }

    @Operation(summary = "Record the revocation of an entry",
            description = "With the reason and the revoking decision (number, date, authority); the entry is kept. 400 naming "
                    + "the field when the decision is missing or the entry is already revoked.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names it")
    @PostMapping(path = "/api/register/{id}/revocation", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Revocation> revoke(@PathVariable long id, @RequestBody Register.RevocationRequest body) {
        visible(id);
        Revocation r = register.revoke(id, body, currentUser.get().username());
        return ResponseEntity.created(URI.create("/api/register/" + id)).body(r);
    }

    @Operation(summary = "Why does this subject hold this award?",
            description = "From the register entry back to the signed decision, the draft entry, the council ballot with its "
                    + "percentage, threshold, denominator and citation, the run's eligibility decision with every criterion, "
                    + "and links to the request as received.")
    @GetMapping(path = "/api/audit/register/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    AwardTrail trail(@PathVariable("id") long entryId) {
        return trails.of(entryId).orElseThrow(() -> new NotFoundException("no register entry " + entryId));
    }

    @Operation(summary = "The request, as received, of the run a register entry came from")
    @GetMapping(path = "/api/audit/register/{id}/request", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] request(@PathVariable("id") long entryId) {
        return trails.request(entryId).orElseThrow(() -> new NotFoundException("register entry " + entryId
                + " has no run request (unknown or imported)"));
    }

    private RegisterEntry visible(long id) {
        RegisterEntry e = register.find(id).orElseThrow(() -> new NotFoundException("no register entry " + id));
        Account me = currentUser.get();
        if (!me.seesAllUnits() && !me.units().contains(e.unitCode())) {
            throw new AccessDeniedException("register entry " + id + " concerns none of your units");
        }
        return e;
    }
}
