package vn.thidua.eligibility.facts;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Helpers for text parameters. */
public final class Texts {

    private Texts() {
    }

    /** The words of a text parameter separated by spaces or commas ("GAMBLING, PUBLIC_ORDER"). */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(text.trim().split("[,\\s]+")));
        words.remove("");
        return words;
    }
}
