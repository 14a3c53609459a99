package vn.thidua.audit;

/** A run's place in the audit chain and the hashes of its stored content (one evaluation_run_seal row). */
record RunSeal(long runId, long chainSeq, String prevHash, String headerSha256, String decisionsSha256,
        String criteriaSha256, String contentSha256, String runHash) {

    /** The seal of a run from its content hashes, linked after {@code prevHash}. */
    static RunSeal of(long runId, long chainSeq, String prevHash, String header, String decisions, String criteria) {
        String content = RunDigest.content(header, decisions, criteria);
        return new RunSeal(runId, chainSeq, prevHash, header, decisions, criteria, content,
                RunDigest.link(chainSeq, prevHash, content));
    }
}
