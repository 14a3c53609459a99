/**
 * The register of conferred awards: per subject across years, each title or commendation with its
 * decision (from a recorded decision of this application, or imported from one made before it was
 * used), and revocations as rows of their own; nothing here is ever changed or deleted.
 */
package vn.thidua.register;
