package vn.thidua.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language switch keeps the page's query and changes only its language. */
class LanguageLinksTests {

    @Test
    void keepsThePagesQueryAndReplacesItsLanguage() {
        assertThat(LanguageLinks.link(null, "en")).isEqualTo("?lang=en");
        assertThat(LanguageLinks.link("subject=CN-0026&award=CHIEN_SI_THI_DUA_CO_SO", "en"))
                .isEqualTo("?subject=CN-0026&award=CHIEN_SI_THI_DUA_CO_SO&lang=en");
        assertThat(LanguageLinks.link("subjectId=CN-B026&lang=en", "vi")).isEqualTo("?subjectId=CN-B026&lang=vi");
        assertThat(LanguageLinks.link("unit=XA-DARSAL&name=L%C3%AA%20V%C4%83n", "vi")).isEqualTo("?unit=XA-DARSAL&name=L%C3%AA%20V%C4%83n&lang=vi");
    }
}
