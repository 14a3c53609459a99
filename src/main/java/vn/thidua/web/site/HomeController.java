package vn.thidua.web.site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the start page, which lists what the user's roles open. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "home";
    }
}
