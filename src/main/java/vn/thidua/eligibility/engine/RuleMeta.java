package vn.thidua.eligibility.engine;

import vn.thidua.eligibility.Citation;

/**
 * What the engine needs to know about one rule while it fires: its criterion, which side of the
 * pair it is and the verb of its name ({@code met}, {@code not met}, {@code needs}, {@code for the
 * council}), and its own citation (carried into the decision when this rule decides); or, for a
 * warning rule, the warning code.
 */
record RuleMeta(String name, String criterion, boolean metSide, String file, String warning, String verb, Citation citation) {

    RuleMeta(String name, String criterion, boolean metSide, String file, String warning) {
        this(name, criterion, metSide, file, warning, null, null);
    }
}
