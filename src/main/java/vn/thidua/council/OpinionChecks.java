package vn.thidua.council;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.consultation.Consultations;
import vn.thidua.consultation.Opinion;
import vn.thidua.consultation.OpinionThread;
import vn.thidua.consultation.PublicList;
import vn.thidua.consultation.SupervisionOpinions;
import vn.thidua.eligibility.Text;

/**
 * The secretariat must answer the Fatherland Front's supervision opinions on a run's lists before the
 * council's session: each opinion still unanswered when a session is recorded or scheduled is a
 * warning on the dossiers it is about (an opinion on a whole list: on every dossier of the run). A
 * warning, never a refusal: the council may still decide.
 */
@Component
class OpinionChecks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final SupervisionOpinions opinions;
    private final Consultations consultations;

    OpinionChecks(SupervisionOpinions opinions, Consultations consultations) {
        this.opinions = opinions;
        this.consultations = consultations;
    }

    /** The run's opinions no answer has been given to yet, oldest first. */
    List<Opinion> unanswered(long runId) {
        return opinions.ofRun(runId).stream().filter(t -> !t.answered()).map(OpinionThread::opinion).toList();
    }

    /**
     * The warnings for one dossier voted on a date: one per unanswered opinion about it or its list.
     *
     * @param candidateVi the dossier as the warning names it in Vietnamese ("Nguyễn Văn A · Lao động tiên tiến"); likewise {@code candidateEn}
     */
    List<Text> warnings(List<Opinion> unanswered, String subjectId, String award, LocalDate on, String candidateVi, String candidateEn) {
        Map<Long, String> titles = unanswered.stream().filter(Opinion::onList).map(Opinion::listId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> consultations.find(id).map(PublicList::title).orElse("")));
        List<Text> warnings = new ArrayList<>();
        for (Opinion o : unanswered) {
            if (!o.onList() && !(o.subjectId().equals(subjectId) && o.award().equals(award))) {
                continue;
            }
            String filed = DAY.format(o.filedAt().atZone(VIETNAM));
            String aboutVi = o.onList() ? "danh sách \"" + titles.get(o.listId()) + "\"" : candidateVi;
            String aboutEn = o.onList() ? "the list \"" + titles.get(o.listId()) + "\"" : candidateEn;
            warnings.add(new Text("Ý kiến giám sát số " + o.id() + " của " + o.filedByName() + " ngày " + filed + " về " + aboutVi
                    + " chưa được Thường trực Hội đồng trả lời trước phiên họp ngày " + DAY.format(on) + ". Hội đồng vẫn có thể xét.",
                    "Supervision opinion " + o.id() + " of " + o.filedByName() + " of " + filed + " on " + aboutEn
                            + " was not answered by the council secretariat before the session on " + DAY.format(on)
                            + ". The council may still decide."));
        }
        return warnings;
    }
}
