package vn.thidua.commendation.council;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link CouncilViews.Session}: the same for every reader, but for what the reader may do and has done. */
final class SessionViews {

    private final EntityManager em;
    private final CouncilAccess access;

    SessionViews(EntityManager em, CouncilAccess access) {
        this.em = em;
        this.access = access;
    }

    CouncilViews.Session of(CouncilSession session, String reader) {
        CouncilQueries queries = new CouncilQueries(em);
        long unitId = session.getUnit().getId();
        Optional<CouncilMember> seat = queries.memberOf(unitId, reader, session.getHeldOn());
        Set<Long> votedByReader = seat.map(m -> queries.votedBy(session.getId(), m.getId())).orElse(Set.of());
        Map<Long, List<CouncilViews.Voter>> voters = queries.voters(session.getId());
        Map<Long, List<CouncilViews.Person>> notVoted = queries.notVoted(session.getId(), unitId,
                session.getHeldOn());
        List<CouncilViews.AgendaItem> items = queries.agenda(session.getId()).stream().map(row -> {
            List<CouncilViews.Voter> who = voters.getOrDefault(row.nominationId(), List.of());
            return new CouncilViews.AgendaItem(row.nominationId(), row.nomineeName(), row.awardType(),
                    row.awardTypeName(), row.state(), who.size(), who,
                    notVoted.getOrDefault(row.nominationId(), List.of()), votedByReader.contains(row.nominationId()),
                    row.result());
        }).toList();
        List<CouncilViews.Person> council = queries.members(unitId, session.getHeldOn()).stream()
                .map(m -> new CouncilViews.Person(m.id(), m.displayName())).toList();
        return new CouncilViews.Session(session.getId(), session.getVersion(), session.getUnit().getCode(),
                session.getUnit().nameOn(session.getHeldOn()), session.getTitle(), session.getHeldOn(),
                session.getStatus(), session.getMinutes(), session.getCreatedBy(), session.getClosedAt(),
                council.size(), council, access.isStaff(reader, session.getUnit()), access.isSecretary(reader, session),
                seat.isPresent(), items);
    }
}
