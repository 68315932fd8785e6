package vn.thidua.commendation.deadline;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationNotice;
import vn.thidua.commendation.NominationWorkflow;
import vn.thidua.commendation.NotificationRows;
import vn.thidua.commendation.SqlInstants;
import vn.thidua.commendation.SystemSteps;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Formats;

/** The work of a deadline round, in the caller's transaction, at the moment {@code now} it is given. */
public class StageDeadlines {

    private static final Set<Role> STAFF = Set.of(Role.OFFICER, Role.LEADER);

    private final EntityManager em;

    public StageDeadlines(EntityManager em) {
        this.em = em;
    }

    /**
     * Closes every public comment period that has ended by {@code now} (see {@link SystemSteps}) and tells the
     * granting unit's officers and leaders, with the number of comments; the ids of the dossiers closed.
     */
    public List<Long> closeExpiredComments(Instant now) {
        List<?> due = em.createNativeQuery("SELECT id FROM nomination WHERE state = 'PUBLIC_COMMENT'"
                + " AND comment_until <= ?1 ORDER BY id").setParameter(1, SqlInstants.of(now)).getResultList();
        List<Long> closed = new ArrayList<>();
        NotificationRows notices = new NotificationRows(em);
        for (Object row : due) {
            long id = Rows.number(row);
            if (new SystemSteps(em).closeComment(id, now)) {
                closed.add(id);
                Nomination nomination = em.find(Nomination.class, id);
                long comments = Rows.number(em.createNativeQuery("SELECT COUNT(*) FROM public_comment"
                        + " WHERE nomination_id = ?1").setParameter(1, id).getSingleResult());
                notices.addAll(notices.holders(nomination.getCurrentUnit().getId(), STAFF, day(now)),
                        "notification.comment.closed", List.of(nomination.getNominee().getName(),
                                String.valueOf(comments)), NotificationRows.nominationLink(id), now);
            }
        }
        return closed;
    }

    /**
     * Hands over every dossier on its way whose holder has closed by {@code now} (see {@link SystemSteps#handOver}),
     * and tells the new holder's staff who act on it next, as when a dossier arrives; the ids of the dossiers
     * handed over.
     */
    public List<Long> handOverFromClosedUnits(Instant now) {
        String states = NominationWorkflow.handedOverIn().stream().map(s -> "'" + s.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        List<?> due = em.createNativeQuery("SELECT n.id FROM nomination n JOIN org_unit u ON u.id = n.current_unit_id"
                + " WHERE n.state IN (" + states + ") AND u.valid_to <= ?1 ORDER BY n.id")
                .setParameter(1, day(now)).getResultList();
        List<Long> handedOver = new ArrayList<>();
        NotificationRows notices = new NotificationRows(em);
        for (Object row : due) {
            long id = Rows.number(row);
            List<SystemSteps.Handover> steps = new SystemSteps(em).handOver(id, now);
            if (!steps.isEmpty()) {
                handedOver.add(id);
                Nomination nomination = em.find(Nomination.class, id);
                SystemSteps.Handover last = steps.get(steps.size() - 1);
                OrgUnit closed = steps.get(0).from();
                notices.addAll(notices.holders(last.to().getId(), NominationNotice.ARRIVED.roles(last.state()),
                                day(now)), "notification.handover." + last.action().name(),
                        List.of(nomination.getNominee().getName(), nomination.getAwardType().getNameVi(),
                                closed.nameOn(closed.getValidTo().minusDays(1)), last.to().nameOn(day(now))),
                        NotificationRows.nominationLink(id), now);
            }
        }
        return handedOver;
    }

    /**
     * Reminds the officers and leaders of the unit holding each dossier that has stayed in a state longer than the
     * state's deadline, once per stay; the number of dossiers reminded about.
     */
    public int remindOverdue(Instant now) {
        List<StageDeadline> deadlines = em.createQuery("select d from StageDeadline d order by d.state",
                StageDeadline.class).getResultList();
        NotificationRows notices = new NotificationRows(em);
        int reminded = 0;
        for (StageDeadline deadline : deadlines) {
            List<?> overdue = em.createNativeQuery("SELECT n.id, n.current_unit_id, e.name FROM nomination n"
                            + " JOIN nominee e ON e.id = n.nominee_id WHERE n.state = ?1 AND n.stage_since <= ?2"
                            + " AND NOT EXISTS (SELECT 1 FROM stage_reminder r WHERE r.nomination_id = n.id"
                            + " AND r.stage_since = n.stage_since) ORDER BY n.id")
                    .setParameter(1, deadline.getState().name())
                    .setParameter(2, SqlInstants.of(now.minus(Duration.ofDays(deadline.getDays()))))
                    .getResultList();
            for (Object row : overdue) {
                Object[] r = (Object[]) row;
                long id = Rows.number(r[0]);
                em.createNativeQuery("INSERT INTO stage_reminder (nomination_id, stage_since, state, sent_at)"
                                + " SELECT id, stage_since, state, ?2 FROM nomination WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, SqlInstants.of(now)).executeUpdate();
                notices.addAll(notices.holders(Rows.number(r[1]), STAFF, day(now)),
                        "notification.overdue." + deadline.getState().name(),
                        List.of(Rows.text(r[2]), String.valueOf(deadline.getDays())),
                        NotificationRows.nominationLink(id), now);
                reminded++;
            }
        }
        return reminded;
    }

    private static LocalDate day(Instant now) {
        return now.atZone(Formats.ZONE).toLocalDate();
    }
}
