package vn.thidua.commendation.council;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.thidua.platform.error.BusinessException;

/**
 * The ballot box of one agenda item (a nomination in a session). Casting a vote records that the member voted
 * (vote_record) and adds a ballot that holds only the choice. The ballot must not be linkable to the record through
 * ids, insertion order, row position or the writing transaction: so every vote re-deals the box, taking the item's
 * ballots out and putting them all back, the new one among them, in a random order with fresh random ids. Afterwards
 * every ballot of the item was written by the latest vote, none in the order they were cast. Votes on one item queue
 * on a lock of its agenda row, so the re-deal never loses a ballot, and a member is refused a second vote.
 */
public class BallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The ballots of an item by choice; {@code total} is the number of votes cast. */
    public record Counts(int agree, int disagree, int abstain) {

        public int total() {
            return agree + disagree + abstain;
        }
    }

    private final EntityManager em;

    public BallotBox(EntityManager em) {
        this.em = em;
    }

    /**
     * Casts {@code memberId}'s vote on the item. {@code written}: an absent member's written vote, entered by
     * {@code recordedBy}. Refused when the nomination is not on the session's agenda or the member has voted on it.
     */
    public void cast(long sessionId, long nominationId, long memberId, VoteChoice choice, boolean written,
                     String recordedBy) {
        lockItem(sessionId, nominationId);
        if (hasVoted(sessionId, nominationId, memberId)) {
            throw new BusinessException("council.vote.already");
        }
        try {
            em.persist(new VoteRecord(sessionId, nominationId, memberId, written, recordedBy));
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("council.vote.already");
        }
        List<String> ballots = new ArrayList<>(choices(sessionId, nominationId));
        ballots.add(choice.name());
        Collections.shuffle(ballots, RANDOM);
        em.createNativeQuery("DELETE FROM ballot WHERE session_id = ?1 AND nomination_id = ?2")
                .setParameter(1, sessionId).setParameter(2, nominationId).executeUpdate();
        for (String ballot : ballots) {
            em.createNativeQuery("INSERT INTO ballot (id, session_id, nomination_id, choice) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, sessionId)
                    .setParameter(3, nominationId).setParameter(4, ballot).executeUpdate();
        }
    }

    public Counts counts(long sessionId, long nominationId) {
        Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
        List<?> rows = em.createNativeQuery("SELECT choice, COUNT(*) FROM ballot WHERE session_id = ?1"
                        + " AND nomination_id = ?2 GROUP BY choice")
                .setParameter(1, sessionId).setParameter(2, nominationId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(VoteChoice.valueOf(columns[0].toString()), ((Number) columns[1]).intValue());
        }
        return new Counts(counts.getOrDefault(VoteChoice.AGREE, 0), counts.getOrDefault(VoteChoice.DISAGREE, 0),
                counts.getOrDefault(VoteChoice.ABSTAIN, 0));
    }

    public boolean hasVoted(long sessionId, long nominationId, long memberId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM vote_record WHERE session_id = ?1"
                        + " AND nomination_id = ?2 AND member_id = ?3")
                .setParameter(1, sessionId).setParameter(2, nominationId).setParameter(3, memberId)
                .getSingleResult()).longValue() > 0;
    }

    /** Locks the agenda row until the transaction ends; refused when the nomination is not on the agenda. */
    private void lockItem(long sessionId, long nominationId) {
        List<?> item = em.createNativeQuery("SELECT nomination_id FROM council_agenda_item WHERE session_id = ?1"
                        + " AND nomination_id = ?2 FOR UPDATE")
                .setParameter(1, sessionId).setParameter(2, nominationId).getResultList();
        if (item.isEmpty()) {
            throw new BusinessException("council.agenda.notOnAgenda");
        }
    }

    private List<String> choices(long sessionId, long nominationId) {
        return em.createNativeQuery("SELECT choice FROM ballot WHERE session_id = ?1 AND nomination_id = ?2")
                .setParameter(1, sessionId).setParameter(2, nominationId).getResultList().stream()
                .map(Object::toString).toList();
    }
}
