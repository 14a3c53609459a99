/**
 * The command line: {@code evaluate}, {@code schedule}, {@code rules} (validate, draft, impact,
 * acknowledge, activate, rollback, versions, catalogue), {@code audit} (verify, replay), {@code
 * generate}, {@code council} (record) and the measuring commands ({@code bench}, {@code benchmarks}, {@code load}); results on
 * stdout, logs on stderr, exit codes in {@link vn.thidua.cli.ExitCodes}. Commands only call modules.
 */
package vn.thidua.cli;
