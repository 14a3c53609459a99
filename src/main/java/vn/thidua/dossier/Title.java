package vn.thidua.dossier;

import java.util.List;

/** A title already conferred; {@code basis} names the initiatives or science works it rested on. */
public record Title(@Required AwardCode code, @Required @Range(min = 1945, max = 2200) Integer year, String decisionRef,
        List<String> basis) {

    public Title {
        basis = Lists.of(basis);
    }
}
