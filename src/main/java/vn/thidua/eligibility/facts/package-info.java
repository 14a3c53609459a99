/**
 * The vocabulary rule files are written in: the only classes a DRL file may import. Keep it small
 * and stable; a change here is a change for every policy author.
 */
@NamedInterface("facts")
package vn.thidua.eligibility.facts;

import org.springframework.modulith.NamedInterface;
