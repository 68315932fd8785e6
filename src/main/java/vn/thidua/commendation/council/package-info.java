/**
 * The emulation and commendation council (Hội đồng Thi đua – Khen thưởng) of a granting unit: its members for a
 * term, its sessions with an agenda of nominations awaiting its vote, and the secret ballot. Who has voted
 * ({@link vn.thidua.commendation.council.VoteRecord}) is kept apart from the ballots, which hold a choice and nothing
 * else and are re-dealt at every vote ({@link vn.thidua.commendation.council.BallotBox}), so that neither the
 * application nor its database links a member to a choice. Only the tally of a closed session is shown; the
 * threshold counts agree votes over all members. Where a dossier goes after the vote is the transition table's
 * decision, taken by the granting unit's leader.
 */
package vn.thidua.commendation.council;
