package vn.thidua.dataset;

import java.time.LocalDate;
import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;

/** Writes one synthetic person with three years of ratings, titles and the evaluated year's evidence. */
final class PersonWriter {

    private static final String[] LEVELS = {"HTXSNV", "HTTNV", "HTNV", "KHTNV", "NOT_RATED"};
    private static final int[] LEVEL_WEIGHTS = {15, 58, 20, 3, 4};
    private static final String[] STATE_OCCUPATIONS = {"CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "TEACHER", "HEALTH_WORKER"};

    private final JsonGenerator json;
    private final int year;
    private final int unitCount;
    private final boolean pupilsAndDignitaries;
    private int outsideState;

    PersonWriter(JsonGenerator json, int year, int unitCount, boolean pupilsAndDignitaries) {
        this.json = json;
        this.year = year;
        this.unitCount = unitCount;
        this.pupilsAndDignitaries = pupilsAndDignitaries;
    }

    void write(SplittableRandom random, int index, String unit) {
        Names.Group group = Names.pickGroup(random);
        boolean state = random.nextInt(100) < 70;
        boolean female = random.nextBoolean();
        json.writeStartObject();
        json.writeStringProperty("id", String.format("CN-%07d", index + 1));
        json.writeStringProperty("fullName", Names.fullName(group, female, random));
        json.writeStringProperty("unit", unit);
        json.writeStringProperty("gender", female ? "FEMALE" : "MALE");
        json.writeNumberProperty("birthYear", year - 22 - random.nextInt(38));
        json.writeStringProperty("ethnicity", group.ethnicity());
        json.writeBooleanProperty("ethnicMinority", group.minority());
        json.writeStringProperty("subjectType", state ? "CBCCVC_NLD" : "CONG_NHAN_NONG_DAN_NLD_KHAC");
        String occupation = state ? STATE_OCCUPATIONS[random.nextInt(STATE_OCCUPATIONS.length)]
                : random.nextInt(4) == 0 ? "WORKER" : "FARMER";
        // Chosen by position among the people outside the state system, drawing nothing, so that every
        // other fact stays as without them.
        String instead = null;
        if (pupilsAndDignitaries && !state) {
            int position = outsideState++ % 7;
            instead = position == 3 ? "STUDENT" : position == 5 ? "RELIGIOUS_DIGNITARY" : null;
        }
        json.writeStringProperty("occupation", instead == null ? occupation : instead);
        json.writeBooleanProperty("directProducer", !state && instead == null);
        json.writeBooleanProperty("leader", state && random.nextInt(100) < 8);
        boolean newRecruit = random.nextInt(100) < 3;
        LocalDate recruited = newRecruit ? DatasetGenerator.day(year, random) : LocalDate.of(year - 2 - random.nextInt(25), 1 + random.nextInt(12), 1);
        json.writeStringProperty("recruitmentDate", recruited.toString());
        String[] levels = new String[3];
        if (state) {
            writeRatings(random, newRecruit, levels);
        }
        writeAttestations(random, state);
        writeHistory(random, female, state, unit);
        writeTitles(random, levels);
        json.writeEndObject();
    }

    private void writeRatings(SplittableRandom random, boolean newRecruit, String[] levels) {
        json.writeArrayPropertyStart("ratings");
        for (int y = year - 2; y <= year; y++) {
            if (y == year && (random.nextInt(100) < 4)) {
                continue;
            }
            String level = newRecruit && y < year ? "NOT_RATED" : weighted(random);
            levels[y - year + 2] = level;
            json.writeStartObject();
            json.writeNumberProperty("year", y);
            json.writeStringProperty("level", level);
            json.writeStringProperty("scheme", "ND90_2020");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Titles of the two previous years follow their ratings, as a council would have decided them. */
    private void writeTitles(SplittableRandom random, String[] levels) {
        json.writeArrayPropertyStart("titles");
        for (int y = year - 2; y < year; y++) {
            String level = levels[y - year + 2];
            if (level == null || !(level.equals("HTXSNV") || level.equals("HTTNV")) || random.nextInt(100) >= 92) {
                continue;
            }
            writeTitle("LAO_DONG_TIEN_TIEN", y);
            if (level.equals("HTXSNV") && random.nextInt(100) < 85) {
                writeTitle("CHIEN_SI_THI_DUA_CO_SO", y);
            }
        }
        if (random.nextInt(100) < 2) {
            writeTitle("CHIEN_SI_THI_DUA_CAP_TINH", year - 3);
        }
        json.writeEndArray();
    }

    private void writeTitle(String code, int titleYear) {
        json.writeStartObject();
        json.writeStringProperty("code", code);
        json.writeNumberProperty("year", titleYear);
        json.writeStringProperty("decisionRef", "QĐ-" + titleYear + "-" + code.length());
        json.writeEndObject();
    }

    private void writeAttestations(SplittableRandom random, boolean state) {
        json.writeArrayPropertyStart("attestations");
        for (String kind : state ? new String[] {"SOLIDARITY_AND_EMULATION"} : new String[] {"PRODUCTIVE_LABOUR", "EXEMPLARY_LAW_ABIDING"}) {
            if (random.nextInt(100) < 93) {
                json.writeStartObject();
                json.writeNumberProperty("year", year);
                json.writeStringProperty("kind", kind);
                json.writeStringProperty("minutesRef", "BB-" + year + "-" + (1 + random.nextInt(40)));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private void writeHistory(SplittableRandom random, boolean female, boolean state, String unit) {
        if (female && random.nextInt(100) < 10) {
            LocalDate from = DatasetGenerator.day(year, random).withDayOfMonth(1);
            writeLeave("THAI_SAN", from, from.plusMonths(6).minusDays(1), 130);
        } else if (random.nextInt(100) < 8) {
            LocalDate from = DatasetGenerator.day(year, random);
            int days = 5 + random.nextInt(80);
            writeLeave("OM", from, from.plusDays(days * 7L / 5), days);
        }
        if (unitCount > 1 && random.nextInt(100) < 4) {
            LocalDate date = LocalDate.of(year, 2 + random.nextInt(10), 1);
            json.writeArrayPropertyStart("transfers");
            json.writeStartObject();
            json.writeStringProperty("fromUnit", unit.equals("DV-00001") ? "DV-00002" : "DV-00001");
            json.writeStringProperty("toUnit", unit);
            json.writeStringProperty("date", date.toString());
            json.writeStringProperty("previousUnitCommentRef", random.nextInt(100) < 70 ? "NX-" + date.getMonthValue() : null);
            json.writeEndObject();
            json.writeEndArray();
        }
        if (random.nextInt(100) < 1) {
            json.writeArrayPropertyStart("pendingProceedings");
            json.writeStartObject();
            json.writeStringProperty("kind", "COMPLAINT_UNDER_VERIFICATION");
            json.writeStringProperty("since", LocalDate.of(year, 11, 1 + random.nextInt(28)).toString());
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeArrayPropertyStart("initiatives");
        for (int y = year - 2; y <= year; y++) {
            if (random.nextInt(100) < (y == year ? 20 : 12)) {
                int roll = random.nextInt(100);
                json.writeStartObject();
                json.writeStringProperty("id", "SK-" + y + "-" + Long.toHexString(random.nextLong() & 0xffffffL));
                json.writeStringProperty("title", state ? "Cải tiến quy trình một cửa" : "Mô hình cà phê tái canh");
                json.writeNumberProperty("year", y);
                json.writeStringProperty("scope", roll < 85 ? "CO_SO" : roll < 98 ? "BO_NGANH_TINH" : "TOAN_QUOC");
                json.writeStringProperty("recognizedBy", "Thủ trưởng đơn vị");
                // An initiative counts only with its recognition recorded (docs/request-and-result.md
                // §6.1.4); a fixed day keeps the random sequence, and so every other field, unchanged.
                json.writeStringProperty("recognitionDate", LocalDate.of(y, 12, 15).toString());
                json.writeBooleanProperty("applied", random.nextInt(100) < 90);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        if (random.nextInt(100) < 5) {
            json.writeArrayPropertyStart("scienceWorks");
            json.writeStartObject();
            json.writeStringProperty("id", "DT-" + Long.toHexString(random.nextLong() & 0xffffffL));
            json.writeStringProperty("title", "Đề tài khoa học cấp cơ sở");
            json.writeNumberProperty("year", year);
            json.writeStringProperty("scope", "CO_SO");
            json.writeBooleanProperty("accepted", random.nextInt(100) < 80);
            json.writeBooleanProperty("applied", true);
            json.writeEndObject();
            json.writeEndArray();
        }
    }

    private void writeLeave(String type, LocalDate from, LocalDate to, int workingDays) {
        json.writeArrayPropertyStart("leaves");
        json.writeStartObject();
        json.writeStringProperty("type", type);
        json.writeStringProperty("from", from.toString());
        json.writeStringProperty("to", to.toString());
        json.writeNumberProperty("workingDays", workingDays);
        json.writeEndObject();
        json.writeEndArray();
    }

    private static String weighted(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < LEVELS.length; i++) {
            roll -= LEVEL_WEIGHTS[i];
            if (roll < 0) {
                return LEVELS[i];
            }
        }
        return LEVELS[1];
    }
}
