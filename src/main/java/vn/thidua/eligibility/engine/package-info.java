/** Internal: loading rules/ into one immutable rule base, parameters, texts, and running sessions. */
package vn.thidua.eligibility.engine;
