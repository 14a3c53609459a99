package vn.thidua.web.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.testing.DatabaseProfiles;

/**
 * The rule editor's code editor comes from the application itself: every script and style sheet the
 * editor page loads is a path of the application (no other host), each is served (200, with the type
 * a browser needs to run or apply it) to a signed-in user from the jar's webjar or static files, none
 * is served to an anonymous visitor, and the page keeps the content security policy that allows
 * scripts from the application only, with no inline script.
 */
@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class RuleEditorAssetsIntegrationTests {

    private static final RequestPostProcessor POLICY = user("assets-policy").roles("POLICY");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");
    private static final Pattern STYLE = Pattern.compile("<link\\b[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]+)\"");
    private static final Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]+)\"");

    @Autowired
    private MockMvc mvc;

    @Test
    void everyScriptAndStyleOfTheEditorIsServedByTheApplication() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/policy/changes/editor").param("file", "awards/gia-dinh-van-hoa.drl")
                .with(POLICY)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-mode=\"drl\"");

        List<String> scripts = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            Matcher src = SRC.matcher(script.group(1));
            assertThat(src.find()).as("an inline script: " + script.group()).isTrue();
            scripts.add(src.group(1));
        }
        List<String> styles = new ArrayList<>();
        Matcher style = STYLE.matcher(html);
        while (style.find()) {
            styles.add(style.group(1));
        }
        // Links to the webjar carry its version (the application rewrites them), so a new version is a new address.
        assertThat(unversioned(scripts)).contains("/webjars/codemirror/lib/codemirror.js", "/webjars/codemirror/mode/yaml/yaml.js",
                "/webjars/codemirror/addon/mode/simple.js", "/js/drl-mode.js", "/js/rule-editor.js");
        assertThat(unversioned(styles)).contains("/webjars/codemirror/lib/codemirror.css", "/css/rule-editor.css");

        for (String path : scripts) {
            assertServed(path, "javascript");
        }
        for (String path : styles) {
            assertServed(path, "text/css");
        }
        assertThat(body("/webjars/codemirror/lib/codemirror.js")).contains("CodeMirror.version = \"5.");
        assertThat(body("/js/drl-mode.js")).contains("defineSimpleMode(\"drl\"");
    }

    @Test
    void theEditorsAssetsAreForSignedInUsersOnly() throws Exception {
        for (String path : List.of("/webjars/codemirror/lib/codemirror.js", "/js/rule-editor.js")) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getHeader("Location")).as(path).contains("/login");
        }
    }

    private static List<String> unversioned(List<String> paths) {
        return paths.stream().map(path -> path.replaceFirst("^/webjars/codemirror/5\\.[0-9.]+/", "/webjars/codemirror/")).toList();
    }

    private void assertServed(String path, String type) throws Exception {
        assertThat(path).as("a path of the application, not another host").startsWith("/").doesNotStartWith("//");
        MockHttpServletResponse response = mvc.perform(get(path).with(POLICY)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).as(path).contains(type);
        assertThat(response.getContentAsByteArray()).as(path).isNotEmpty();
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(POLICY)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
