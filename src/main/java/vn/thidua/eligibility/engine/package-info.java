/**
 * Internal: loading rules/ into one immutable rule base, parameters, texts, and running sessions.
 * Only the types marked {@code @NamedInterface("engine")} are for other modules (loading, holding and
 * validating rule sets, and their problems); evaluation goes through {@code EligibilityService}.
 */
package vn.thidua.eligibility.engine;
