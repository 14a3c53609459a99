/**
 * Loading rules/ into one immutable rule base, parameters, texts, and running sessions. Exposed as
 * a named interface so that rule management and the command line can load and report rule sets.
 */
@NamedInterface("engine")
package vn.thidua.eligibility.engine;

import org.springframework.modulith.NamedInterface;
