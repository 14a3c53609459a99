package vn.thidua.scheduling;

import java.time.LocalDateTime;
import java.util.List;

import vn.thidua.dossier.Range;
import vn.thidua.dossier.Required;

/** A council session: when it starts, how many minutes it has, where, and which members can attend. */
public record ReviewSession(
        @Required String id,
        @Required LocalDateTime start,
        @Required @Range(min = 1, max = 1440) Integer minutes,
        String room,
        @Required List<String> availableMembers) {

    public ReviewSession {
        availableMembers = availableMembers == null ? List.of() : List.copyOf(availableMembers);
    }
}
