package vn.thidua.audit;

/**
 * A run's place in the audit chain and the hashes of its stored content (one evaluation_run_seal row).
 * A run waiting for its seal has its content hashes and no place yet: chain seq, previous hash and run
 * hash are null until {@link RunSealer} links it.
 */
record RunSeal(long runId, Long chainSeq, String prevHash, String headerSha256, String decisionsSha256,
        String criteriaSha256, String contentSha256, String runHash) {

    /** The seal of a run from its content hashes, linked after {@code prevHash}. */
    static RunSeal of(long runId, long chainSeq, String prevHash, String header, String decisions, String criteria) {
        String content = RunDigest.content(header, decisions, criteria);
        return new RunSeal(runId, chainSeq, prevHash, header, decisions, criteria, content,
                RunDigest.link(chainSeq, prevHash, content));
    }

    /** The seal of a run just stored, with its content hashes and no place in the chain yet. */
    static RunSeal waiting(long runId, String header, String decisions, String criteria) {
        return new RunSeal(runId, null, null, header, decisions, criteria, RunDigest.content(header, decisions, criteria), null);
    }

    /** This seal linked after {@code previous}: the next chain seq, the previous run's hash and the run hash. */
    RunSeal linkedAfter(ChainHead.Link previous) {
        return of(runId, previous.seq() + 1, previous.hash(), headerSha256, decisionsSha256, criteriaSha256);
    }

    boolean linked() {
        return chainSeq != null;
    }
}
