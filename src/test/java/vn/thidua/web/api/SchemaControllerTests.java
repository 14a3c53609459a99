package vn.thidua.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.web.site.CurrentUser;

/**
 * The request schemas served from the jar are the files in docs/, byte for byte. That anonymous
 * users reach them is in RoleMatrixIntegrationTests, with the real security rules.
 */
@WebMvcTest(SchemaController.class)
@WithMockUser
class SchemaControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CurrentUser currentUser;

    @Test
    void servesTheRequestSchemaAsSchemaJson() throws Exception {
        mvc.perform(get("/schemas/request.schema.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(SchemaController.SCHEMA_JSON))
                .andExpect(content().bytes(Files.readAllBytes(Path.of("docs/request.schema.json"))));
    }

    @Test
    void servesTheSchedulingRequestSchema() throws Exception {
        mvc.perform(get("/schemas/schedule-request.schema.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(SchemaController.SCHEMA_JSON))
                .andExpect(content().bytes(Files.readAllBytes(Path.of("docs/schedule-request.schema.json"))));
    }

    @Test
    void answersPlainJsonToAClientThatAsksForIt() throws Exception {
        mvc.perform(get("/schemas/request.schema.json").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }
}
