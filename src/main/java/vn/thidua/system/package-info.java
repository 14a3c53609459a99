/** Cross-cutting plumbing: the clock in Vietnam's time zone, and errors as RFC 9457 problem details. */
package vn.thidua.system;
