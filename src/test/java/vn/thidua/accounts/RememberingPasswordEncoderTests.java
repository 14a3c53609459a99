package vn.thidua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A remembered check answers like BCrypt, never remembers a failure, and forgets a changed password. */
class RememberingPasswordEncoderTests {

    private final AtomicInteger checks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting);

    @Test
    void checksAGoodPasswordInFullOnceThenRemembersIt() {
        String stored = encoder.encode("mật-khẩu-đủ-dài");

        assertThat(encoder.matches("mật-khẩu-đủ-dài", stored)).isTrue();
        assertThat(encoder.matches("mật-khẩu-đủ-dài", stored)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void neverRemembersAWrongPassword() {
        String stored = encoder.encode("right-password");

        assertThat(encoder.matches("wrong-password", stored)).isFalse();
        assertThat(encoder.matches("wrong-password", stored)).isFalse();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aChangedPasswordIsCheckedAgainstItsNewHash() {
        String old = encoder.encode("first-password");
        String changed = encoder.encode("second-password");
        assertThat(encoder.matches("first-password", old)).isTrue();

        assertThat(encoder.matches("first-password", changed)).isFalse();
        assertThat(encoder.matches("second-password", changed)).isTrue();
    }
}
