/** Council review sessions: who reviews which dossier when, with quorum after recusal, within minutes and deadlines. */
package vn.thidua.scheduling;
