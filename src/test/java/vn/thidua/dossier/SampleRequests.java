package vn.thidua.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample requests in data/ (described in data/README.md) and what is wrong with the invalid one. */
public final class SampleRequests {

    /** A synthetic commune of the former Đam Rông district: 31 individuals, every rule exercised. */
    public static final Path COMMUNE = Path.of("data/sample-commune.json");

    /** A request with thirteen problems of different kinds. */
    public static final Path INVALID = Path.of("data/sample-invalid.json");

    private SampleRequests() {
    }

    public static byte[] commune() {
        return read(COMMUNE);
    }

    public static byte[] invalid() {
        return read(INVALID);
    }

    /** The JSON path of every problem in {@link #INVALID}, one per problem. */
    public static List<String> invalidPaths() {
        return List.of(
                "period.year",                           // text where a number belongs
                "individuals[0].ratings[0].level",       // unknown enum value
                "individuals[1].fullname",               // unknown (misspelt) field
                "individuals[1].fullName",               // required field missing
                "individuals[1].recruitmentDate",        // not a calendar date
                "individuals[2].unit",                   // required field missing
                "individuals[3].directProducer",         // text where a boolean belongs
                "units[1].parent",                       // unknown parent unit
                "individuals[4].id",                     // repeated id
                "individuals[2].leaves[0].to",           // leave ends before it starts
                "individuals[3].unit",                   // unknown unit
                "individuals[3].proposedAwards[0]",      // a collective's award proposed for a person
                "individuals[4].ratings[1].year");       // two ratings for one year
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
