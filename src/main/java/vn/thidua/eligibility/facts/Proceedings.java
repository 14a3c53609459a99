package vn.thidua.eligibility.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Helpers for rules over a subject's open proceedings. */
public final class Proceedings {

    private Proceedings() {
    }

    /** The kinds of the proceedings, in order, without repeats. */
    public static List<String> kinds(List<?> proceedings) {
        return proceedings.stream().map(p -> ((OpenProceeding) p).getKind()).distinct().toList();
    }

    /** The earliest start date among the proceedings, or null when none has one. */
    public static LocalDate earliestSince(List<?> proceedings) {
        return proceedings.stream().map(p -> ((OpenProceeding) p).getSince()).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
    }
}
