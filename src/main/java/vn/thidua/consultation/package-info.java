/**
 * Public consultation and supervision: the proposed candidates of a run published for comment in a
 * window, the comments received, the secretariat's answers in sealed versions, and the Fatherland
 * Front's scope and supervision opinions.
 */
package vn.thidua.consultation;
