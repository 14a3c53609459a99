package vn.thidua.accounts;

import java.util.Set;

/** A user as the administrator sees it: no password, only what may be changed. */
public record Account(String username, String displayName, boolean enabled, Set<Role> roles, Set<String> units,
        String councilMemberId) {

    public Account {
        roles = Set.copyOf(roles);
        units = Set.copyOf(units);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For pages: whether the user holds the role named, e.g. {@code is('ADMIN')}. */
    public boolean is(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    /** True when the user sees runs of every unit (administrators and auditors). */
    public boolean seesAllUnits() {
        return roles.stream().anyMatch(Role::seesAllUnits);
    }
}
