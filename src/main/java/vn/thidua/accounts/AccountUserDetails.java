package vn.thidua.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security reads users, their hashes and roles from the user tables. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        String hash = accounts.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username()).password(hash).disabled(!account.enabled())
                .roles(account.roles().stream().map(Role::name).toArray(String[]::new)).build();
    }
}
