/** The submitted facts: reading and validating evaluation requests into immutable types. */
package vn.thidua.dossier;
