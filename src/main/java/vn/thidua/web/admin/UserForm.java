package vn.thidua.web.admin;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.thidua.accounts.Account;
import vn.thidua.accounts.Role;

/** The user form as posted: roles as checkboxes, units as a comma-separated list of unit codes. */
record UserForm(String username, String displayName, String password, List<Role> roles, String units,
        String councilMemberId, Boolean enabled) {

    static UserForm empty() {
        return new UserForm("", "", "", List.of(), "", "", true);
    }

    static UserForm of(Account account) {
        return new UserForm(account.username(), account.displayName(), "", List.copyOf(account.roles()),
                String.join(", ", account.units()), account.councilMemberId(), account.enabled());
    }

    Account account() {
        Set<Role> roleSet = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        Set<String> unitSet = units == null ? Set.of() : Arrays.stream(units.split(","))
                .map(String::strip).filter(u -> !u.isEmpty()).collect(Collectors.toSet());
        return new Account(username == null ? "" : username.strip(), displayName, Boolean.TRUE.equals(enabled), roleSet,
                unitSet, councilMemberId);
    }

    public boolean has(Role role) {
        return roles != null && roles.contains(role);
    }
}
