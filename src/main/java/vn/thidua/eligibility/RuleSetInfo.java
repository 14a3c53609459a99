package vn.thidua.eligibility;

import java.time.Instant;

/** The rule-set version an evaluation ran on: SHA-256 of its files, and when it was loaded. */
public record RuleSetInfo(String version, Instant activatedAt) {
}
