package vn.thidua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Vietnamese header of each workbook column, by its key; the key itself when none is written. */
final class Labels {

    private static final Properties VI = load();

    private Labels() {
    }

    static String vi(String key) {
        String exact = VI.getProperty(key);
        if (exact != null) {
            return exact;
        }
        int dot = key.lastIndexOf('.');
        return VI.getProperty(key.substring(dot + 1), key);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("/documents/labels_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
