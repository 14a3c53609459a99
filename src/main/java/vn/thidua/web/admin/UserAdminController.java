package vn.thidua.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.accounts.AccountException;
import vn.thidua.accounts.Accounts;
import vn.thidua.accounts.Role;
import vn.thidua.system.NotFoundException;

/** Administrators create users and set their roles, units, council member id and access. */
@Controller
class UserAdminController {

    private final Accounts accounts;

    UserAdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        return page(model, UserForm.empty(), null);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(form.account(), form.password());
        } catch (AccountException e) {
            return page(model, form, e);
        }
        redirect.addFlashAttribute("saved", form.username());
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, Model model) {
        model.addAttribute("form", UserForm.of(accounts.find(username)
                .orElseThrow(() -> new NotFoundException("no user " + username))));
        model.addAttribute("roles", Role.values());
        return "admin/user";
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @ModelAttribute UserForm form, Model model, RedirectAttributes redirect) {
        UserForm named = new UserForm(username, form.displayName(), form.password(), form.roles(), form.units(),
                form.councilMemberId(), form.enabled());
        try {
            accounts.update(named.account());
            if (named.password() != null && !named.password().isEmpty()) {
                accounts.setPassword(username, named.password());
            }
        } catch (AccountException e) {
            model.addAttribute("form", named);
            model.addAttribute("roles", Role.values());
            model.addAttribute("error", e);
            return "admin/user";
        }
        redirect.addFlashAttribute("saved", username);
        return "redirect:/admin/users";
    }

    private String page(Model model, UserForm form, AccountException error) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("error", error);
        return "admin/users";
    }
}
