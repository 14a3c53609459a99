/**
 * Cross-cutting plumbing every module may use: the application's settings
 * ({@link vn.thidua.system.ThiduaProperties}), the clock in Vietnam's time zone, and the not-found
 * error. It depends on no other module.
 */
package vn.thidua.system;
