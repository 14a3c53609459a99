package vn.thidua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.thidua.dataset.DatasetGenerator;
import vn.thidua.testing.DatabaseProfiles;

@SpringBootTest
@ActiveProfiles(resolver = DatabaseProfiles.class)
@AutoConfigureMockMvc
@WithMockUser(username = "test-admin", roles = "ADMIN")
class RankingsIntegrationTests {

    private static final String COMMUNE = "XA-DA-RSAL";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private JsonMapper json;

    @Test
    void storesAndServesTheExplainedRankingsOfACommuneWithQuotas() throws Exception {
        JsonNode result = json.readTree(mvc.perform(post("/api/evaluations").contentType(MediaType.APPLICATION_JSON)
                .content(communeWithQuotas())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsByteArray());
        long run = result.get("runId").asLong();

        JsonNode rankings = result.get("rankings");
        assertThat(rankings).hasSize(2);
        assertThat(rankings.get(0).get("unit").asString()).isEqualTo(COMMUNE);
        assertThat(rankings.get(0).get("entries")).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get("reason").get("vi").asString()).isNotBlank();
            assertThat(entry.get("reason").get("en").asString()).isNotBlank();
        });
        assertThat(rankings.get(0).get("shares")).hasSize(5);
        assertThat(read("/api/evaluations/" + run + "/rankings")).isEqualTo(rankings);
        assertThat(read("/api/evaluations/" + run).get("rankings")).isEqualTo(rankings);
        assertThat(read("/api/evaluations/" + run + "/shares").get("units").get(0).get("rankings").asInt()).isEqualTo(2);
    }

    @Test
    void answersNotFoundForTheRankingsOfAnUnknownRun() throws Exception {
        mvc.perform(get("/api/evaluations/999999/rankings")).andExpect(status().isNotFound());
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    // The generated commune of 300 people, with CSTĐCS capped at 15% of LĐTT holders (30% reserved for
    // ethnic minorities) and the commune chairman's Giấy khen at 5.
    private byte[] communeWithQuotas() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DatasetGenerator(2025).write(300, 41, bytes);
        ObjectNode request = (ObjectNode) json.readTree(bytes.toByteArray());
        ArrayNode quotas = request.putArray("quotas");
        ObjectNode fighters = quotas.addObject().put("award", "CHIEN_SI_THI_DUA_CO_SO").put("unit", COMMUNE).put("maxPercent", 15)
                .put("ofAward", "LAO_DONG_TIEN_TIEN");
        fighters.putArray("reserved").addObject().put("group", "ETHNIC_MINORITY").put("minShare", 30);
        quotas.addObject().put("award", "GIAY_KHEN_CHU_TICH_UBND_XA").put("unit", COMMUNE).put("maxCount", 5);
        return json.writeValueAsBytes(request);
    }
}
