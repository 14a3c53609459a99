package vn.thidua.ranking;

import vn.thidua.dossier.Quota;

/** A quota to rank, from the request or a policy default (then with the default's reference). */
public record PlannedQuota(Quota quota, QuotaSource source, String reference) {
}
