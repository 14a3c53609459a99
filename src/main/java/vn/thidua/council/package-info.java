/**
 * The council's sessions on a stored run: who sat, the secret-ballot counts per dossier, each dossier's
 * result under the dated vote thresholds of {@code rules/}, and the minutes (biên bản) as PDF.
 */
package vn.thidua.council;
