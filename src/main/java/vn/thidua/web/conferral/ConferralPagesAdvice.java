package vn.thidua.web.conferral;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.accounts.Account;
import vn.thidua.web.site.CurrentUser;

/** The decision and register pages know who is logged in, for the menu and the role-dependent forms. */
@ControllerAdvice(basePackages = "vn.thidua.web.conferral")
class ConferralPagesAdvice {

    private final CurrentUser currentUser;

    ConferralPagesAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ModelAttribute("me")
    Account me() {
        return currentUser.find().orElse(null);
    }
}
