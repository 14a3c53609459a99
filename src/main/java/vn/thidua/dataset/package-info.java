/** Synthetic, deterministic evaluation requests of any size: for demos, benchmarks and load tests. */
package vn.thidua.dataset;
