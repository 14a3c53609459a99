package vn.thidua.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users: create with a BCrypt-hashed password, change roles, units and access, read back. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,80}");
    static final int MIN_PASSWORD = 10;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AccountEvents events;

    Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock, AccountEvents events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Account create(Account account, String password) {
        if (account.username() == null || !USERNAME.matcher(account.username()).matches()) {
            throw new AccountException("username", "Tên đăng nhập gồm 3–80 ký tự a–z, 0–9, dấu chấm, gạch dưới hoặc gạch ngang",
                    "The username must be 3–80 characters a–z, 0–9, dot, underscore or hyphen");
        }
        if (find(account.username()).isPresent()) {
            throw new AccountException("username", "Tên đăng nhập đã có", "This username is taken");
        }
        checkPassword(account.username(), password);
        jdbc.update("INSERT INTO user_account (username, password_hash, display_name, enabled, council_member_id, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", account.username(), encoder.encode(password), displayName(account),
                account.enabled(), blankToNull(account.councilMemberId()), Timestamp.from(clock.instant()));
        writeRolesAndUnits(account);
        Account created = find(account.username()).orElseThrow();
        events.record(AccountEvents.Kind.ACCOUNT_CREATED, created.username(), null, describe(created));
        return created;
    }

    @Transactional
    public Account update(Account account) {
        Account before = find(account.username()).orElseThrow(() -> new AccountException("username",
                "Không có người dùng " + account.username(), "No user " + account.username()));
        jdbc.update("UPDATE user_account SET display_name = ?, enabled = ?, council_member_id = ? WHERE username = ?",
                displayName(account), account.enabled(), blankToNull(account.councilMemberId()), account.username());
        jdbc.update("DELETE FROM user_role WHERE username = ?", account.username());
        jdbc.update("DELETE FROM user_unit WHERE username = ?", account.username());
        writeRolesAndUnits(account);
        Account after = find(account.username()).orElseThrow();
        if (!before.roles().equals(after.roles())) {
            events.record(AccountEvents.Kind.ROLES_CHANGED, after.username(), null, "roles " + before.roles() + " -> " + after.roles());
        }
        if (!describe(before).equals(describe(after))) {
            events.record(AccountEvents.Kind.ACCOUNT_CHANGED, after.username(), null, describe(before) + " -> " + describe(after));
        }
        return after;
    }

    @Transactional
    public void setPassword(String username, String password) {
        checkPassword(username, password);
        if (jdbc.update("UPDATE user_account SET password_hash = ? WHERE username = ?", encoder.encode(password), username) == 0) {
            throw new AccountException("username", "Không có người dùng " + username, "No user " + username);
        }
        events.record(AccountEvents.Kind.PASSWORD_CHANGED, username, null, null);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return jdbc.query("SELECT username, display_name, enabled, council_member_id FROM user_account WHERE username = ?",
                (rs, n) -> new Account(rs.getString(1), rs.getString(2), rs.getBoolean(3), roles(rs.getString(1)),
                        units(rs.getString(1)), rs.getString(4)), username).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return jdbc.queryForList("SELECT username FROM user_account ORDER BY username", String.class).stream()
                .map(name -> find(name).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public boolean anyAdministrator() {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM user_role r JOIN user_account a ON a.username = r.username"
                + " WHERE r.role = 'ADMIN' AND a.enabled = TRUE", Integer.class);
        return count != null && count > 0;
    }

    /** Whether this is the user's password now (so that setting it again records no change). */
    boolean hasPassword(String username, String password) {
        return passwordHash(username).map(hash -> encoder.matches(password, hash)).orElse(false);
    }

    Optional<String> passwordHash(String username) {
        return jdbc.queryForList("SELECT password_hash FROM user_account WHERE username = ?", String.class, username)
                .stream().findFirst();
    }

    private void writeRolesAndUnits(Account account) {
        if (account.roles().isEmpty()) {
            throw new AccountException("roles", "Chọn ít nhất một vai trò", "Choose at least one role");
        }
        for (Role role : account.roles()) {
            jdbc.update("INSERT INTO user_role (username, role) VALUES (?, ?)", account.username(), role.name());
        }
        for (String unit : new TreeSet<>(account.units())) {
            if (unit.isBlank() || unit.length() > 200) {
                throw new AccountException("units", "Mã đơn vị không hợp lệ: " + unit, "Invalid unit code: " + unit);
            }
            jdbc.update("INSERT INTO user_unit (username, unit_code) VALUES (?, ?)", account.username(), unit.strip());
        }
    }

    private Set<Role> roles(String username) {
        Collection<String> names = jdbc.queryForList("SELECT role FROM user_role WHERE username = ?", String.class, username);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private Set<String> units(String username) {
        return new TreeSet<>(jdbc.queryForList("SELECT unit_code FROM user_unit WHERE username = ?", String.class, username));
    }

    private static void checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw new AccountException("password", "Mật khẩu dài từ " + MIN_PASSWORD + " đến 72 ký tự",
                    "The password must be " + MIN_PASSWORD + " to 72 characters long");
        }
        if (CommonPasswords.contains(password)) {
            throw new AccountException("password", "Mật khẩu này quá phổ biến, dễ bị đoán: chọn mật khẩu khác",
                    "This password is among the most common ones and easily guessed: choose another");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountException("password", "Mật khẩu không được chứa tên đăng nhập",
                    "The password must not contain the username");
        }
    }

    // What an auditor reads of an account, roles apart: name, enabled, units, council member.
    private static String describe(Account account) {
        return "name=" + account.displayName() + ", enabled=" + account.enabled() + ", units=" + account.units()
                + (account.councilMemberId() == null ? "" : ", councilMember=" + account.councilMemberId());
    }

    private static String displayName(Account account) {
        String name = account.displayName() == null || account.displayName().isBlank() ? account.username() : account.displayName().strip();
        if (name.length() > 200) {
            throw new AccountException("displayName", "Họ tên dài quá 200 ký tự", "The name is longer than 200 characters");
        }
        return name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
