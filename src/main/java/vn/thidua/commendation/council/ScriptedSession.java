package vn.thidua.commendation.council;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organization.OrgUnit;

/**
 * A demo council session recorded by the application itself: held, its agenda, a ballot per member and its closing
 * go through the same ballot box and the same closing as the pages' and the API's, so its results are what the
 * transition table reads. No page or API reaches this class; it runs in the demo loader's transaction.
 */
public final class ScriptedSession {

    private final EntityManager em;

    public ScriptedSession(EntityManager em) {
        this.em = em;
    }

    /**
     * A session of the unit's council on {@code heldOn} with the nominations on its agenda, each voted on by every
     * member of that day: the first {@code agreeing} agree, the others abstain. Closed when {@code close}.
     */
    public CouncilSession hold(OrgUnit unit, String title, LocalDate heldOn, String by, List<Long> nominationIds,
                               int agreeing, boolean close) {
        CouncilSession session = new CouncilSession(unit, title, heldOn, by);
        em.persist(session);
        em.flush();
        CouncilQueries queries = new CouncilQueries(em);
        List<CouncilViews.Member> members = queries.members(unit.getId(), heldOn);
        BallotBox box = new BallotBox(em);
        for (long nominationId : nominationIds) {
            queries.addItem(session.getId(), nominationId);
            if (close) {
                for (int i = 0; i < members.size(); i++) {
                    box.cast(session.getId(), nominationId, members.get(i).id(),
                            i < agreeing ? VoteChoice.AGREE : VoteChoice.ABSTAIN, false, members.get(i).username());
                }
            }
        }
        if (close) {
            new SessionClosing(em).close(session, title, Instant.now());
        }
        return session;
    }
}
