package vn.thidua.testing;

import java.util.List;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database the integration tests run on: the profiles named by the system property
 * {@code spring.profiles.active} when a build sets it ({@code mysql} under {@code -Pmysql}),
 * otherwise {@code test}, an in-memory H2 database (src/test/resources/application-test.properties);
 * and always {@code admin}, the test administrator.
 */
public final class DatabaseProfiles implements ActiveProfilesResolver {

    private static final String DEFAULT = "test";
    /** Configures the test administrator that the HTTP tests log in as (application-admin.properties). */
    public static final String ADMIN_PROFILE = "admin";

    @Override
    public String[] resolve(Class<?> testClass) {
        return (active() + "," + ADMIN_PROFILE).split(",");
    }

    /** The active profiles, comma-separated. */
    public static String active() {
        String profiles = System.getProperty("spring.profiles.active");
        return profiles == null || profiles.isBlank() ? DEFAULT : profiles;
    }

    /** Spring arguments that give a context started outside the test framework the same database. */
    public static List<String> springArgs() {
        return List.of("--spring.profiles.active=" + active());
    }
}
