package vn.thidua.ranking;

import java.util.List;
import java.util.Set;

import vn.thidua.dossier.Initiative;
import vn.thidua.dossier.PriorityGroup;
import vn.thidua.dossier.Rating;
import vn.thidua.dossier.SubjectKind;
import vn.thidua.dossier.Title;

/** A subject as ranking sees it: its unit, its priority groups, and the facts its merit is scored on. */
record Subject(String id, SubjectKind kind, String unit, Set<PriorityGroup> groups, List<Rating> ratings,
        List<Initiative> initiatives, List<Title> titles) {
}
