package vn.thidua.commendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.notification.Notice;
import vn.thidua.notification.Notifier;
import vn.thidua.notification.Recipient;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.time.Formats;

/**
 * Tells people about a nomination's step ({@link NominationNotice} says when and whom), in the step's transaction:
 * the inbox rows commit with it, and e-mail leaves after it. Whoever took the step is not told of it.
 */
@ApplicationScoped
public class NominationNotices {

    /** The page of a dossier, relative to the application. */
    public static String link(long nominationId) {
        return "dossier/nomination.xhtml?id=" + nominationId;
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Notifier notifier;

    void onTransition(@Observes NominationTransitioned step) {
        NominationNotice.after(step.to()).ifPresent(notice -> tell(notice, step));
    }

    private void tell(NominationNotice notice, NominationTransitioned step) {
        Nomination nomination = step.nomination();
        LocalDate today = Formats.today();
        OrgUnit unit = notice.atHolder() ? nomination.getCurrentUnit()
                : new NominationRoutes(em).proposerOn(nomination.getProposingUnit(), today);
        NoticeRecipients recipients = new NoticeRecipients(em);
        List<Recipient> told = (notice.toCouncil() ? recipients.council(unit.getId(), today)
                : recipients.holders(unit.getId(), notice.roles(step.to()), today)).stream()
                .filter(r -> !r.username().equals(step.actor())).toList();
        if (!told.isEmpty()) {
            notifier.notify(told, new Notice(notice.messageKey(), List.of(nomination.getNominee().getName(),
                    nomination.getAwardType().getNameVi(), detail(notice, nomination, unit, today)),
                    link(nomination.getId())));
        }
    }

    /** The third argument of the text: the unit reached, the reason of a return or rejection, the decision number. */
    private static String detail(NominationNotice notice, Nomination nomination, OrgUnit unit, LocalDate today) {
        String detail = switch (notice) {
            case ARRIVED, VOTE_NEEDED -> unit.nameOn(today);
            case RETURNED, REJECTED -> nomination.getReason();
            case DECIDED -> nomination.getDecision() == null ? null : nomination.getDecision().getNumber();
        };
        return detail == null ? "" : detail;
    }
}
