package vn.thidua.web.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the pages' language switch: the page's own query with only {@code lang} changed, so
 * that a filtered list (/register?subjectId=…) or a decision page (/runs/1/decision?subject=…&amp;award=…)
 * stays the same page in the other language instead of losing its parameters.
 */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("vi", link(request.getQueryString(), "vi"), "en", link(request.getQueryString(), "en"));
    }

    /** {@code ?…&lang=…}: the query as received (already encoded), its own lang replaced. */
    static String link(String query, String language) {
        return UriComponentsBuilder.newInstance().query(query).replaceQueryParam("lang", language).build().toUriString();
    }
}
