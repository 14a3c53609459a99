package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.List;

/** A commendation already received. */
public record Commendation(@Required AwardCode code, LocalDate date, String achievementPeriod, String decisionRef,
        List<String> basis) {

    public Commendation {
        basis = Lists.of(basis);
    }
}
