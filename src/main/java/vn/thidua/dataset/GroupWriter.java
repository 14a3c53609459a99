package vn.thidua.dataset;

import java.util.SplittableRandom;

import tools.jackson.core.JsonGenerator;

/** Writes one collective per unit, listing the unit's people as members, and households of the communes. */
final class GroupWriter {

    private static final String[] LEVELS = {"HTXSNV", "HTTNV", "HTNV", "KHTNV"};
    private static final String[] SANCTIONS = {"GAMBLING", "PUBLIC_ORDER", "OTHER", "DOMESTIC_VIOLENCE", "FIRE_SAFETY"};

    private final JsonGenerator json;
    private final int year;

    GroupWriter(JsonGenerator json, int year) {
        this.json = json;
        this.year = year;
    }

    void writeCollective(SplittableRandom random, int unitIndex, int firstPerson, int people) {
        json.writeStartObject();
        json.writeStringProperty("id", String.format("TT-%05d", unitIndex + 1));
        json.writeStringProperty("name", "Tập thể " + DatasetGenerator.unitCode(unitIndex));
        json.writeStringProperty("unit", DatasetGenerator.unitCode(unitIndex));
        json.writeArrayPropertyStart("ratings");
        for (int y = year - 1; y <= year; y++) {
            json.writeStartObject();
            json.writeNumberProperty("year", y);
            int roll = random.nextInt(100);
            json.writeStringProperty("level", LEVELS[roll < 35 ? 0 : roll < 85 ? 1 : roll < 97 ? 2 : 3]);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("attestations");
        for (String kind : new String[] {"EMULATION_MOVEMENT", "INTERNAL_UNITY", "EXCEEDED_TARGETS", "NEW_MODEL"}) {
            if (random.nextInt(100) < (kind.startsWith("E") && !kind.equals("EXCEEDED_TARGETS") ? 92 : 30)) {
                json.writeStartObject();
                json.writeNumberProperty("year", year);
                json.writeStringProperty("kind", kind);
                json.writeStringProperty("minutesRef", "BB-TT-" + (unitIndex + 1));
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("members");
        for (int i = firstPerson; i < firstPerson + people; i++) {
            json.writeString(String.format("CN-%07d", i + 1));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    void writeHousehold(SplittableRandom random, int index, String commune) {
        Names.Group group = Names.pickGroup(random);
        json.writeStartObject();
        json.writeStringProperty("id", String.format("HO-%07d", index + 1));
        json.writeStringProperty("unit", commune);
        json.writeStringProperty("headName", Names.fullName(group, random.nextBoolean(), random));
        json.writeBooleanProperty("ethnicMinority", group.minority());
        json.writeArrayPropertyStart("members");
        int size = 2 + random.nextInt(5);
        for (int m = 0; m < size; m++) {
            json.writeStartObject();
            json.writeStringProperty("name", Names.fullName(group, random.nextBoolean(), random));
            json.writeBooleanProperty("criminalProsecution", random.nextInt(1000) < 3);
            json.writeBooleanProperty("militaryServiceFulfilled", random.nextInt(1000) >= 8);
            json.writeBooleanProperty("taxFulfilled", random.nextInt(1000) >= 8);
            json.writeBooleanProperty("schoolAgeNotInSchool", random.nextInt(1000) < 10);
            json.writeArrayPropertyStart("adminSanctions");
            if (random.nextInt(100) < 3) {
                json.writeStartObject();
                json.writeStringProperty("kind", SANCTIONS[random.nextInt(SANCTIONS.length)]);
                json.writeStringProperty("date", DatasetGenerator.day(year, random).toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("attestations");
        for (String kind : new String[] {"LAW_ABIDING_CIVILISED", "ACTIVE_IN_EMULATION", "PROSPEROUS_PROGRESSIVE"}) {
            if (random.nextInt(100) < 90) {
                json.writeStartObject();
                json.writeNumberProperty("year", year);
                json.writeStringProperty("kind", kind);
                json.writeStringProperty("minutesRef", "BB-THON-" + year);
                json.writeEndObject();
            }
        }
        json.writeEndArray();
        if (random.nextInt(100) < 15) {
            json.writeArrayPropertyStart("contributions");
            json.writeStartObject();
            boolean land = random.nextBoolean();
            json.writeStringProperty("kind", land ? "LAND" : "MONEY");
            json.writeStringProperty("description", land ? "Hiến " + (50 + random.nextInt(500)) + " m² đất làm đường thôn" : "Ủng hộ quỹ khuyến học");
            json.writeNumberProperty("valueVnd", 1_000_000L * (1 + random.nextInt(200)));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
