package vn.thidua.web.site;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Accounts;

/** The logged-in user's account, with roles and units, read from the user tables. */
@Component
public class CurrentUser {

    private final Accounts accounts;

    CurrentUser(Accounts accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return accounts.find(auth.getName());
    }

    public Account get() {
        return find().orElseThrow(() -> new AccessDeniedException("no user account"));
    }
}
