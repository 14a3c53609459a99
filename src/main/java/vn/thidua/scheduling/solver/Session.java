package vn.thidua.scheduling.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A council session: a value of the dossiers' planning variable. */
public class Session {

    @PlanningId
    private String id;
    private LocalDateTime start;
    private int minutes;
    private List<Member> available;

    Session() {
    }

    public Session(String id, LocalDateTime start, int minutes, List<Member> available) {
        this.id = id;
        this.start = start;
        this.minutes = minutes;
        this.available = List.copyOf(available);
    }

    public String getId() {
        return id;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDate getDate() {
        return start.toLocalDate();
    }

    public int getMinutes() {
        return minutes;
    }

    public List<Member> getAvailable() {
        return available;
    }

    /** The available members who may not review this dossier, in the order they are listed. */
    public List<Member> recusedFrom(Dossier dossier) {
        return available.stream().filter(member -> member.recusesFrom(dossier)).toList();
    }

    /** The available members who may review this dossier. */
    public int reviewersOf(Dossier dossier) {
        int reviewers = 0;
        for (Member member : available) {
            if (!member.recusesFrom(dossier)) {
                reviewers++;
            }
        }
        return reviewers;
    }

    @Override
    public String toString() {
        return id;
    }
}
