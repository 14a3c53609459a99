/**
 * Rule-set changes under control: validated drafts, population impact reports, acknowledgement,
 * activation and rollback, each recorded with who, when and why.
 */
package vn.thidua.governance;
