package vn.thidua.cli;

/** Exit codes of the command line (docs/request-and-result.md §5). */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID_INPUT = 2;
    static final int RULES_BROKEN = 3;

    private ExitCodes() {
    }
}
