/**
 * Measuring the rule engine only: a plain-Java reference evaluator of two awards that the bench
 * command times beside the engine, so the engine's overhead is a ratio. Nothing here decides anything.
 */
package vn.thidua.bench;
