package vn.thidua.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with the checks that succeeded remembered for a while. Every REST call sends its HTTP
 * basic credentials, and a BCrypt check costs tens of milliseconds of CPU: fifty clients would spend
 * the machine on hashing. A successful (password, stored hash) pair is remembered as an HMAC under a
 * key made at start and never stored, so memory holds no password; a changed password has a new
 * stored hash and is checked in full again. Failed checks are never remembered.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_REMEMBERED = 10_000;
    private static final long REMEMBER_NANOS = 15L * 60 * 1_000_000_000;

    private final PasswordEncoder delegate;
    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<String, Long> remembered = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String pair = hmac(rawPassword, encodedPassword);
        Long until = remembered.get(pair);
        long now = System.nanoTime();
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(pair, now + REMEMBER_NANOS);
        } else {
            remembered.remove(pair);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String hmac(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
