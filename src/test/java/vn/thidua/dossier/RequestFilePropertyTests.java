package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.thidua.testing.HostileRequests;
import vn.thidua.testing.HostileRequests.Hostile;

/**
 * A request file read in passes ({@link RequestFile}) refuses exactly what the whole-document
 * reader refuses, with the same problems at the same JSON paths (listed in another order: the
 * file's quotas are checked before its subjects), and accepts the same requests.
 */
class RequestFilePropertyTests {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final RequestReader READER = new RequestReader(Long.MAX_VALUE, 10_000, CLOCK);

    @Property(tries = 300)
    void refusesEveryHostileRequestWithTheProblemsOfTheWholeReader(@ForAll("hostile") Hostile hostile) throws IOException {
        ValidationException whole = catchThrowableOfType(ValidationException.class,
                () -> READER.read(new ByteArrayInputStream(hostile.body())));
        Path file = Files.createTempFile("thidua-hostile-", ".json");
        try {
            Files.write(file, hostile.body());
            ValidationException streamed = catchThrowableOfType(ValidationException.class, () -> READER.file(file).check());
            assertThat(streamed).as("%s was accepted from a file", hostile).isNotNull();
            assertThat(new HashSet<>(streamed.errors())).as(hostile.toString()).isEqualTo(new HashSet<>(whole.errors()));
        } finally {
            Files.delete(file);
        }
    }

    @Example
    void acceptsTheSamplesWithTheOutlineOfTheWholeReader() throws IOException {
        for (String sample : Set.of("data/sample-commune.json", "data/commune-300.json")) {
            EvaluationRequest whole = READER.read(Files.newInputStream(Path.of(sample)));
            RequestFile file = READER.file(Path.of(sample));
            RequestFile.Outline outline = file.check();
            assertThat(outline.request().units()).isEqualTo(whole.units());
            assertThat(outline.request().collectives()).isEqualTo(whole.collectives());
            assertThat(outline.request().quotas()).isEqualTo(whole.quotas());
            assertThat(outline.request().period()).isEqualTo(whole.period());
            assertThat(outline.individuals()).isEqualTo(whole.individuals().size());
            assertThat(outline.households()).isEqualTo(whole.households().size());
            java.util.List<Individual> individuals = new java.util.ArrayList<>();
            file.individuals(individuals::add);
            assertThat(individuals).isEqualTo(whole.individuals());
            java.util.List<Household> households = new java.util.ArrayList<>();
            file.households(households::add);
            assertThat(households).isEqualTo(whole.households());
        }
    }

    @Example
    void listsTheFirstThousandProblemsAndCountsTheRest() throws IOException {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"period\":{\"year\":2025},\"individuals\":[");
        for (int i = 0; i < 1_500; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"CN-").append(i).append("\"}");
        }
        Path file = Files.createTempFile("thidua-broken-", ".json");
        try {
            Files.writeString(file, json.append("]}"));
            ValidationException refused = catchThrowableOfType(ValidationException.class, () -> READER.file(file).check());
            assertThat(refused.errors()).hasSize(RequestFile.MAX_ERRORS + 1);
            assertThat(refused.errors().get(0).path()).isEqualTo("individuals[0].fullName");
            assertThat(refused.errors().get(RequestFile.MAX_ERRORS).message()).matches("\\d+ more problems are not listed.*");
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<Hostile> hostile() {
        return HostileRequests.any();
    }
}
