package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.thidua.testing.TestProperties;

/** The first administrator comes only from configuration; no password configured, no administrator made. */
class AdministratorBootstrapTests {

    private final Accounts accounts = mock(Accounts.class);

    @Test
    void createsNoAdministratorWithoutAConfiguredPassword() {
        new AdministratorBootstrap(accounts, TestProperties.of()).ensureAdministrator();

        verify(accounts, never()).create(any(), anyString());
        verify(accounts, never()).setPassword(anyString(), anyString());
    }

    @Test
    void createsTheConfiguredAdministrator() {
        when(accounts.find("admin")).thenReturn(Optional.empty());

        new AdministratorBootstrap(accounts, TestProperties.of("thidua.admin.password", "a-long-admin-password")).ensureAdministrator();

        ArgumentCaptor<Account> created = ArgumentCaptor.forClass(Account.class);
        verify(accounts).create(created.capture(), org.mockito.ArgumentMatchers.eq("a-long-admin-password"));
        assertThat(created.getValue().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void reEnablesAnExistingAdministratorWithTheConfiguredPassword() {
        Account disabled = new Account("admin", "Quản trị", false, Set.of(Role.AUDITOR), Set.of(), null);
        when(accounts.find("admin")).thenReturn(Optional.of(disabled));

        new AdministratorBootstrap(accounts, TestProperties.of("thidua.admin.password", "a-long-admin-password")).ensureAdministrator();

        verify(accounts).update(new Account("admin", "Quản trị", true, Set.of(Role.ADMIN, Role.AUDITOR), Set.of(), null));
        verify(accounts).setPassword("admin", "a-long-admin-password");
    }

    @Test
    void leavesThePasswordAloneWhenItIsTheConfiguredOneAlready() {
        Account admin = new Account("admin", "Quản trị", true, Set.of(Role.ADMIN), Set.of(), null);
        when(accounts.find("admin")).thenReturn(Optional.of(admin));
        when(accounts.hasPassword("admin", "a-long-admin-password")).thenReturn(true);

        new AdministratorBootstrap(accounts, TestProperties.of("thidua.admin.password", "a-long-admin-password")).ensureAdministrator();

        verify(accounts, never()).setPassword(anyString(), anyString());
    }
}
