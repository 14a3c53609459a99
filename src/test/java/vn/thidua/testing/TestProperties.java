package vn.thidua.testing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.thidua.system.ThiduaProperties;

/** {@link ThiduaProperties} bound as at the application's start, from properties given by name; the rest keep their defaults. */
public final class TestProperties {

    private TestProperties() {
    }

    /** {@code of("thidua.scheduling.max-jobs", "2")}: that property set, every other one at its default. */
    public static ThiduaProperties of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("thidua", ThiduaProperties.class);
    }
}
