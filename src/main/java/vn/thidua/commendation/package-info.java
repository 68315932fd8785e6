/**
 * Commendation (khen thưởng): award types, nominees, nomination dossiers travelling up the review chain to the
 * level that grants their award type, numbered decisions and the award registry. Who may move a dossier, and where
 * to, is decided by one table ({@link vn.thidua.commendation.NominationWorkflow}); whether a nominee may receive an
 * award, by the rules of {@link vn.thidua.commendation.eligibility}. {@link vn.thidua.commendation.NominationService}
 * is the one entry point, with the role and scope checks.
 */
package vn.thidua.commendation;
