package vn.thidua.web.site;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.accounts.Account;

/**
 * Every page knows who is logged in (or null), for the menu and the role-dependent buttons, and the
 * zone its times are shown in: Việt Nam's, whatever the server's.
 */
@ControllerAdvice(basePackages = {"vn.thidua.web.site", "vn.thidua.web.runs", "vn.thidua.web.publiclist",
        "vn.thidua.web.admin", "vn.thidua.web.policy", "vn.thidua.web.audit", "vn.thidua.web.council", "vn.thidua.web.report",
        "vn.thidua.web.oversight"})
class UserAdvice {

    private final CurrentUser currentUser;

    UserAdvice(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ModelAttribute("me")
    Account me() {
        return currentUser.find().orElse(null);
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return VIETNAM;
    }
}
