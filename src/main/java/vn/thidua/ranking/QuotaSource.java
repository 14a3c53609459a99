package vn.thidua.ranking;

/** Where a ranked quota comes from: the request, or a default of the ranking policy. */
public enum QuotaSource {
    REQUEST, POLICY_DEFAULT
}
