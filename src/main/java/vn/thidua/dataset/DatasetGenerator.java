package vn.thidua.dataset;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

import vn.thidua.system.Progress;

/**
 * Writes a synthetic evaluation request of any size as a JSON stream, deterministically from a
 * seed: the same size and seed always give the same bytes. Units are communes of the Lâm Đồng
 * highlands with their agencies and schools; people carry three years of history, so every rule
 * of the catalogue meets both its passing and its failing cases in proportions seen in practice.
 */
public final class DatasetGenerator {

    private static final String[] COMMUNES = {"DA-RSAL", "RO-MEN", "LIENG-SRONH", "DA-LONG", "DA-MRONG", "DA-TONG", "PHI-LIENG"};
    private static final String[] COMMUNE_NAMES = {"Đạ R'sal", "Rô Men", "Liêng Srônh", "Đạ Long", "Đạ M'rông", "Đạ Tông", "Phi Liêng"};
    private static final int PEOPLE_PER_UNIT = 15;

    private final int year;
    private final boolean pupilsAndDignitaries;

    public DatasetGenerator(int year) {
        this(year, false);
    }

    private DatasetGenerator(int year, boolean pupilsAndDignitaries) {
        this.year = year;
        this.pupilsAndDignitaries = pupilsAndDignitaries;
    }

    /**
     * The same generator, with some of the people outside the state system recorded as pupils or students
     * and religious dignitaries (one in seven each) instead of workers or farmers, neither of
     * them a direct producer: the focus groups a district's yearly report counts. Everything else is
     * drawn as before, so the requests differ from the default ones in those people's occupation only.
     */
    public DatasetGenerator withPupilsAndDignitaries() {
        return new DatasetGenerator(year, true);
    }

    /** Writes a request with {@code individuals} people; the stream is left open. */
    public void write(int individuals, long seed, OutputStream out) {
        write(individuals, seed, out, Progress.NONE);
    }

    /** As above, telling {@code progress} of the subjects written (people, then collectives, then households). */
    public void write(int individuals, long seed, OutputStream out, Progress progress) {
        SplittableRandom random = new SplittableRandom(seed);
        int units = Math.max(1, (individuals + PEOPLE_PER_UNIT - 1) / PEOPLE_PER_UNIT);
        int collectives = individuals > 0 ? units : 0;
        int households = individuals * 2 / 5;
        // Closing the generator flushes it; without this it would also close the caller's stream (System.out for generate).
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator json = factory.createGenerator(out);
                Progress.Task task = progress.start("generate", (long) individuals + collectives + households)) {
            json.writeStartObject();
            json.writeNumberProperty("schemaVersion", 1);
            json.writeObjectPropertyStart("period");
            json.writeNumberProperty("year", year);
            json.writeStringProperty("cutoffDate", year + "-12-31");
            json.writeStringProperty("decisionDate", (year + 1) + "-01-20");
            json.writeEndObject();
            writeUnits(json, units);
            json.writeArrayPropertyStart("individuals");
            PersonWriter people = new PersonWriter(json, year, units, pupilsAndDignitaries);
            for (int i = 0; i < individuals; i++) {
                people.write(random.split(), i, unitCode(i / PEOPLE_PER_UNIT));
                task.stepBy(1);
            }
            json.writeEndArray();
            GroupWriter groups = new GroupWriter(json, year);
            json.writeArrayPropertyStart("collectives");
            for (int u = 0; u < collectives; u++) {
                int first = u * PEOPLE_PER_UNIT;
                groups.writeCollective(random.split(), u, first, Math.min(PEOPLE_PER_UNIT, individuals - first));
                task.stepBy(1);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("households");
            int communes = communes(units);
            for (int h = 0; h < households; h++) {
                groups.writeHousehold(random.split(), h, "XA-" + COMMUNES[h % communes]);
                task.stepBy(1);
            }
            json.writeEndArray();
            writeQuotas(json, communes);
            json.writeEndObject();
        }
    }

    /**
     * Per commune: CSTĐCS at 15% of the LĐTT holders with 30% of the places for ethnic minorities;
     * the commune chair's Giấy khen at 20, half for women; the provincial Bằng khen at 5.
     */
    private static void writeQuotas(JsonGenerator json, int communes) {
        json.writeArrayPropertyStart("quotas");
        for (int c = 0; c < communes; c++) {
            String unit = "XA-" + COMMUNES[c];
            writeQuota(json, "CHIEN_SI_THI_DUA_CO_SO", unit, null, 15, "LAO_DONG_TIEN_TIEN", "ETHNIC_MINORITY", 30);
            writeQuota(json, "GIAY_KHEN_CHU_TICH_UBND_XA", unit, 20, null, null, "FEMALE", 50);
            writeQuota(json, "BANG_KHEN_CHU_TICH_UBND_TINH", unit, 5, null, null, null, 0);
        }
        json.writeEndArray();
    }

    private static void writeQuota(JsonGenerator json, String award, String unit, Integer maxCount, Integer maxPercent,
            String ofAward, String reservedGroup, int minShare) {
        json.writeStartObject();
        json.writeStringProperty("award", award);
        json.writeStringProperty("unit", unit);
        if (maxCount != null) {
            json.writeNumberProperty("maxCount", maxCount);
        } else {
            json.writeNumberProperty("maxPercent", maxPercent);
            json.writeStringProperty("ofAward", ofAward);
        }
        if (reservedGroup != null) {
            json.writeArrayPropertyStart("reserved");
            json.writeStartObject();
            json.writeStringProperty("group", reservedGroup);
            json.writeNumberProperty("minShare", minShare);
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static int communes(int units) {
        return Math.min(COMMUNES.length, Math.max(1, units / 10 + 1));
    }

    private static void writeUnits(JsonGenerator json, int units) {
        json.writeArrayPropertyStart("units");
        int communes = communes(units);
        for (int c = 0; c < communes; c++) {
            json.writeStartObject();
            json.writeStringProperty("code", "XA-" + COMMUNES[c]);
            json.writeStringProperty("name", "UBND xã " + COMMUNE_NAMES[c]);
            json.writeStringProperty("level", "COMMUNE");
            json.writeBooleanProperty("grassroots", true);
            json.writeStringProperty("areaDifficulty", c % 3 == 2 ? null : "DBKK");
            json.writeEndObject();
        }
        for (int u = 0; u < units; u++) {
            int c = u % communes;
            boolean school = u % 3 == 1;
            json.writeStartObject();
            json.writeStringProperty("code", unitCode(u));
            json.writeStringProperty("name", (school ? "Trường Tiểu học số " : "Bộ phận ") + (u + 1) + " xã " + COMMUNE_NAMES[c]);
            json.writeStringProperty("level", school ? "SCHOOL" : "AGENCY");
            json.writeStringProperty("parent", "XA-" + COMMUNES[c]);
            json.writeBooleanProperty("grassroots", true);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static String unitCode(int index) {
        return String.format("DV-%05d", index + 1);
    }

    static LocalDate day(int year, SplittableRandom random) {
        return LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    }
}
