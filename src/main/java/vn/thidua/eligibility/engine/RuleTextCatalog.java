package vn.thidua.eligibility.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

import org.springframework.modulith.NamedInterface;

import vn.thidua.eligibility.Text;

/**
 * The texts of a rule-set version ({@code rules/messages_vi.properties} and {@code messages_en.properties})
 * by key, as written: what pages and documents name criteria ({@code <ID>.statement}), fact keys
 * ({@code fact.year}) and codes ({@code value.HTTNV}) with. A loaded {@link RuleSet} is one; a stored
 * version's texts are read from its files with {@link #of(Map)}, without compiling its rules.
 */
@NamedInterface("engine")
public interface RuleTextCatalog {

    /** A text in both languages, placeholders unfilled; null when either language lacks the key. */
    Text text(String key);

    /**
     * The texts of a version's files by path ({@code messages_vi.properties}, {@code messages_en.properties});
     * a file that is missing gives no texts (every key then answers null).
     *
     * @throws UncheckedIOException when a messages file cannot be read as properties
     */
    static RuleTextCatalog of(Map<String, byte[]> files) {
        MessageCatalog messages = new MessageCatalog(properties(files.get("messages_vi.properties")),
                properties(files.get("messages_en.properties")));
        return messages::raw;
    }

    private static Properties properties(byte[] content) {
        Properties properties = new Properties();
        if (content != null) {
            try (InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
