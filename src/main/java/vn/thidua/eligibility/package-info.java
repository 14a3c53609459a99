/** Evaluating a dossier under one rule-set version into cited, bilingual decisions. */
package vn.thidua.eligibility;
