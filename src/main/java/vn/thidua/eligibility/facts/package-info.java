/**
 * The vocabulary rule files are written in: the only classes a DRL file may import. Keep it small
 * and stable; a change here is a change for every policy author.
 */
package vn.thidua.eligibility.facts;
