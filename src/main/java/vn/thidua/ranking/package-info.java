/** Quotas, priority groups and the ranking of eligible candidates under them, with reasons and group shares. */
package vn.thidua.ranking;
