package vn.thidua.web.conferral;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.accounts.Account;
import vn.thidua.conferral.AwardTrails;
import vn.thidua.dossier.AwardCode;
import vn.thidua.register.Register;
import vn.thidua.register.RegisterEntry;
import vn.thidua.register.RegisterException;
import vn.thidua.register.RegisterQuery;
import vn.thidua.system.NotFoundException;
import vn.thidua.web.site.CurrentUser;

/**
 * The register page (secretariat, auditors, administrators; a secretariat user sees the entries of
 * their units), revocation (secretariat and administrators), and the auditor's trail of an entry.
 */
@Controller
class RegisterPagesController {

    private final Register register;
    private final AwardTrails trails;
    private final CurrentUser currentUser;

    RegisterPagesController(Register register, AwardTrails trails, CurrentUser currentUser) {
        this.register = register;
        this.trails = trails;
        this.currentUser = currentUser;
    }

    @GetMapping("/register")
    String list(@RequestParam(required = false) String subjectId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) AwardCode award, Model model) {
        Account me = currentUser.get();
        RegisterQuery query = new RegisterQuery(subjectId, unit, year, award, 1000);
        model.addAttribute("query", query);
        model.addAttribute("awards", AwardCode.values());
        model.addAttribute("entries", register.find(query, me.seesAllUnits() ? null : me.units()));
        model.addAttribute("today", LocalDate.now());
        return "conferral/register";
    }

    @PostMapping("/register/{id}/revocation")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String decisionNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
            @RequestParam(required = false) String authority, Locale locale, RedirectAttributes redirect) {
        RegisterEntry entry = register.find(id).orElseThrow(() -> new NotFoundException("no register entry " + id));
        Account me = currentUser.get();
        if (!me.seesAllUnits() && !me.units().contains(entry.unitCode())) {
            throw new AccessDeniedException("register entry " + id + " concerns none of your units");
        }
        try {
            register.revoke(id, new Register.RevocationRequest(reason, decisionNumber, decisionDate, authority), me.username());
            redirect.addFlashAttribute("revoked", id);
        } catch (RegisterException e) {
            boolean en = "en".equals(locale.getLanguage());
            redirect.addFlashAttribute("error", e.problems().stream().map(p -> p.path() + ": " + (en ? p.en() : p.vi()))
                    .collect(Collectors.joining("; ")));
        }
        return "redirect:/register?subjectId=" + java.net.URLEncoder.encode(entry.subjectId(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/audit/register/{id}")
    String trail(@PathVariable long id, Model model) {
        model.addAttribute("trail", trails.of(id).orElseThrow(() -> new NotFoundException("no register entry " + id)));
        return "conferral/trail";
    }
}
