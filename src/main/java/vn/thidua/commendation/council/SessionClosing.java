package vn.thidua.commendation.council;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationQueries;

/**
 * Closes a session, in the caller's transaction: counts each item's ballots and fixes its result against the award
 * type's threshold over all members of the council on the session's day (a member who did not vote counts as not
 * agreeing). The transition table's VOTE_PASSED guard reads these results.
 */
final class SessionClosing {

    private final EntityManager em;

    SessionClosing(EntityManager em) {
        this.em = em;
    }

    /** Closes the open session; a line per item for the audit log (counts only). */
    String close(CouncilSession session, String minutes, Instant now) {
        session.requireOpen();
        int members = (int) new NominationQueries(em).councilSize(session.getUnit().getId(), session.getHeldOn());
        CouncilQueries queries = new CouncilQueries(em);
        BallotBox box = new BallotBox(em);
        StringBuilder results = new StringBuilder();
        for (CouncilQueries.AgendaRow item : queries.agenda(session.getId())) {
            Nomination nomination = em.find(Nomination.class, item.nominationId());
            BallotBox.Counts counts = box.counts(session.getId(), item.nominationId());
            boolean passed = nomination.getAwardType().tally(counts.agree(), members).passed();
            queries.fixResult(session.getId(), item.nominationId(), new CouncilViews.Result(counts.agree(),
                    counts.disagree(), counts.abstain(), members, nomination.getAwardType().getVoteThreshold(),
                    passed));
            results.append(item.nominationId()).append(": ").append(counts.agree()).append('/').append(members)
                    .append(passed ? " passed; " : " not passed; ");
        }
        session.close(minutes, now);
        em.flush();
        return results.toString().strip();
    }
}
