/**
 * A subject's history of conferred awards as the register holds it: what a run read from the register,
 * how it completes the request's titles and commendations, and a warning for every difference.
 */
package vn.thidua.history;
