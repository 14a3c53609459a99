/** Append-only evaluation records: every run with its request, rule-set version and decisions. */
package vn.thidua.audit;
