package vn.thidua.scheduling;

import java.time.LocalDate;

import vn.thidua.dossier.AwardCode;
import vn.thidua.dossier.Range;
import vn.thidua.dossier.Required;

/** A dossier the council reviews: whose, from which unit, for which award, how long it takes, and by when. */
public record ReviewDossier(
        @Required String id,
        @Required String subjectId,
        @Required String unit,
        @Required AwardCode award,
        @Required @Range(min = 1, max = 1440) Integer minutes,
        @Required LocalDate deadline) {
}
