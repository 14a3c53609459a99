/**
 * Evaluating a request as a run: read, evaluated, ranked and stored whole (in memory), or checked
 * and evaluated one batch at a time (a file too large for memory); the background jobs the pages
 * follow, and which runs a user may submit and see. Storage and the audit chain are {@code audit}'s.
 */
package vn.thidua.evaluation;
