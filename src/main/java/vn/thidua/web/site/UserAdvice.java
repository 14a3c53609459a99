package vn.thidua.web.site;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.accounts.Account;

/** Every page knows who is logged in (or null), for the menu and the role-dependent buttons. */
@ControllerAdvice(basePackages = {"vn.thidua.web.site", "vn.thidua.web.runs", "vn.thidua.web.publiclist",
        "vn.thidua.web.admin", "vn.thidua.web.policy", "vn.thidua.web.audit", "vn.thidua.web.council", "vn.thidua.web.report"})
class UserAdvice {

    private final CurrentUser currentUser;

    UserAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    Account me() {
        return currentUser.find().orElse(null);
    }
}
