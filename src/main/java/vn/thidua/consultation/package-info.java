/** Public consultation: the proposed candidates of a run published for comment in a window, and the comments received. */
package vn.thidua.consultation;
