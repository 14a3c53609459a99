/** The outside world's plumbing: clock, web configuration, and errors as RFC 9457 problem details. */
package vn.thidua.system;
