/**
 * From the council's approved dossiers to conferred awards: draft decisions (Quyết định) per deciding
 * authority with the bonus of each award, the decision and its list as PDF and DOCX, recording the
 * signed decision into the register, and the trail from a conferred award back to its evidence.
 */
package vn.thidua.conferral;
