package vn.thidua.accounts;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.system.ThiduaProperties;

/**
 * The first administrator comes from configuration ({@code thidua.admin.username},
 * {@code thidua.admin.password} or the environment variable THIDUA_ADMIN_PASSWORD); there is no
 * default password. Without one, the application starts and says how to set one. Only the web
 * application does this: the command line has no users.
 */
@Component
@ConditionalOnWebApplication
class AdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    AdministratorBootstrap(Accounts accounts, ThiduaProperties properties) {
        this.accounts = accounts;
        this.username = properties.admin().username();
        this.password = properties.admin().password();
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAdministrator() {
        if (password.isBlank()) {
            if (!accounts.anyAdministrator()) {
                log.warn("No administrator exists and none is configured: nobody can log in. Set one with "
                        + "THIDUA_ADMIN_PASSWORD=<at least {} characters> (and optionally thidua.admin.username, default "
                        + "'admin'), e.g. THIDUA_ADMIN_PASSWORD=... ./mvnw spring-boot:run", Accounts.MIN_PASSWORD);
            }
            return;
        }
        try {
            if (accounts.find(username).isEmpty()) {
                accounts.create(new Account(username, username, true, Set.of(Role.ADMIN), Set.of(), null), password);
                log.info("Administrator '{}' created from configuration", username);
            } else {
                Account existing = accounts.find(username).orElseThrow();
                Set<Role> roles = EnumSet.of(Role.ADMIN);
                roles.addAll(existing.roles());
                accounts.update(new Account(username, existing.displayName(), true, roles, existing.units(),
                        existing.councilMemberId()));
                if (!accounts.hasPassword(username, password)) {
                    accounts.setPassword(username, password);
                }
                log.info("Administrator '{}' enabled with the configured password", username);
            }
        } catch (AccountException e) {
            log.error("The configured administrator was refused ({}: {}); no administrator was set", e.field(), e.getMessage());
        }
    }
}
