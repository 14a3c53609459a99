package vn.thidua.council;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import vn.thidua.consultation.PostingRule;
import vn.thidua.consultation.PostingRules;
import vn.thidua.consultation.PublicList;
import vn.thidua.documents.AwardNames;
import vn.thidua.dossier.AwardCode;
import vn.thidua.eligibility.Text;
import vn.thidua.eligibility.engine.RuleSet;
import vn.thidua.scheduling.ScheduleResult;
import vn.thidua.scheduling.ScheduleView;
import vn.thidua.scheduling.Schedules;
import vn.thidua.scheduling.SchedulingRequest;

/**
 * The warnings of a schedule built from a run: each dossier placed in a session held before the run's
 * list has been posted for its award's working days, as a recorded session would be warned
 * ({@link PostingChecks}), under the active rule set, and each supervision opinion on a dossier or its
 * list still unanswered ({@link OpinionChecks}). A schedule not built from a run has none.
 */
@Service
public class SchedulePostings {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Schedules schedules;
    private final PostingChecks postings;
    private final RunRuleSets ruleSets;
    private final JsonMapper json;
    private final OpinionChecks opinions;

    SchedulePostings(Schedules schedules, PostingChecks postings, RunRuleSets ruleSets, JsonMapper json, OpinionChecks opinions) {
        this.opinions = opinions;
        this.schedules = schedules;
        this.postings = postings;
        this.ruleSets = ruleSets;
        this.json = json;
    }

    /** The schedule with its posting warnings, if any. */
    public ScheduleView withWarnings(ScheduleView view) {
        if (view.sourceRunId() == null || view.result() == null || view.result().assignments().isEmpty()) {
            return view;
        }
        Optional<SchedulingRequest> request = schedules.request(view.id()).map(r -> json.readValue(r, SchedulingRequest.class));
        if (request.isEmpty()) {
            return view;
        }
        Map<String, LocalDate> sessions = new HashMap<>();
        request.get().sessions().forEach(s -> sessions.put(s.id(), s.start().toLocalDate()));
        Map<String, AwardCode> awards = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        request.get().dossiers().forEach(d -> {
            awards.put(d.id(), d.award());
            subjects.put(d.id(), d.subjectId());
        });
        List<vn.thidua.consultation.Opinion> unanswered = opinions.unanswered(view.sourceRunId());
        List<PublicList> lists = postings.lists(view.sourceRunId());
        RuleSet ruleSet = ruleSets.active();
        AwardNames names = new AwardNames(ruleSet);
        Set<Text> warnings = new LinkedHashSet<>();
        for (ScheduleResult.Assignment a : view.result().assignments()) {
            LocalDate on = sessions.get(a.session());
            AwardCode award = awards.get(a.dossier());
            if (on == null || award == null) {
                continue;
            }
            Optional<PostingRule> rule = PostingRules.of(ruleSet, award, on);
            rule.flatMap(r -> postings.check(lists, r, on, names.of(award, VIETNAMESE), names.of(award, Locale.ENGLISH)))
                    .ifPresent(w -> warnings.add(new Text("Phiên " + a.session() + ": " + w.text().vi(),
                            "Session " + a.session() + ": " + w.text().en())));
            String subject = subjects.get(a.dossier());
            opinions.warnings(unanswered, subject, award.name(), on, subject + " · " + names.of(award, VIETNAMESE),
                    subject + " · " + names.of(award, Locale.ENGLISH)).forEach(w -> warnings.add(new Text("Phiên " + a.session() + ": "
                            + w.vi(), "Session " + a.session() + ": " + w.en())));
        }
        return view.withWarnings(List.copyOf(warnings));
    }
}
