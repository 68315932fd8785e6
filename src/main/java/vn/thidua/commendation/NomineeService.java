package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.LocalDate;
import java.util.Locale;
import vn.thidua.commendation.eligibility.CaseKind;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Nominee records: found by name without diacritics (so a proposer picks the existing record instead of making a
 * second one), read with their cases and nominations, corrected, and the discipline, inspection and complaint cases
 * recorded and closed, by the officers and leaders whose units cover the nominee's. A pending case stops any award (the
 * eligibility rule {@link vn.thidua.commendation.eligibility.NoPendingCase}). A nominee outside the caller's scope
 * is "not found".
 */
@Stateless
public class NomineeService {

    /** A case about a nominee: what kind, what it is about, since when. */
    public record CaseForm(String kind, String description, LocalDate openedOn) {
    }

    /** Closing a case: the case's version as last read, the day, and what came of it. */
    public record CloseForm(Long version, LocalDate closedOn, String note) {
    }

    /**
     * A corrected record, replacing what it says: the record's version as last read, the name, and for a person
     * the birth year, gender (MALE or FEMALE), job title and whether they have died (absent: no).
     */
    public record Correction(Long version, String name, Integer birthYear, String gender, String jobTitle,
                             Boolean deceased) {
    }

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    /** Nominees in the caller's scope whose name has the words of {@code text}; exact matches first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NomineePage search(String text, String kind, int page, int size) {
        RecipientKind wanted = kind == null || kind.isBlank() ? null : RecipientKind.parse(kind);
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        LocalDate today = Formats.today();
        return new NomineeQueries(em).search(scope.filter(Action.READ, today), text, wanted, today,
                Math.max(page, 0), pageSize);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NomineeView get(long id) {
        return view(visible(id));
    }

    /**
     * Corrects the record (a misspelt name, a death to note), for the officers and leaders whose units cover the
     * nominee's; audited with the record before and after. Refused: not visible (404), not theirs to change (403),
     * a stale version (400 "already changed"), data the record cannot hold (400).
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NomineeView correct(long nomineeId, Correction form) {
        Nominee nominee = forChange(nomineeId);
        Correction f = form == null ? new Correction(null, null, null, null, null, null) : form;
        try {
            em.lock(nominee, LockModeType.PESSIMISTIC_WRITE);
        } catch (PessimisticLockException | LockTimeoutException e) {
            throw new BusinessException("nominee.changed");
        }
        if (f.version() == null || f.version() != nominee.getVersion()) {
            throw new BusinessException("nominee.changed");
        }
        String before = nominee.describe();
        nominee.correct(f.name(), f.birthYear(), Gender.parse(f.gender()), f.jobTitle(),
                Boolean.TRUE.equals(f.deceased()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("nominee.changed");
        }
        audit.record("NOMINEE_CORRECTED", "Nominee", nomineeId, before, nominee.describe());
        return view(nominee);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NomineeView recordCase(long nomineeId, CaseForm form) {
        Nominee nominee = forChange(nomineeId);
        CaseForm f = form == null ? new CaseForm(null, null, null) : form;
        LocalDate opened = f.openedOn() == null ? Formats.today() : f.openedOn();
        if (opened.isAfter(Formats.today())) {
            throw new BusinessException("nominee.case.future");
        }
        NomineeCase recorded = new NomineeCase(nominee, caseKind(f.kind()), f.description(), opened, user());
        em.persist(recorded);
        em.flush();
        audit.record("NOMINEE_CASE_RECORDED", "Nominee", nomineeId, null,
                recorded.getKind() + " | " + recorded.getDescription());
        return view(nominee);
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NomineeView closeCase(long nomineeId, long caseId, CloseForm form) {
        Nominee nominee = forChange(nomineeId);
        NomineeCase found = em.find(NomineeCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (found == null || !found.getNominee().getId().equals(nominee.getId())) {
            throw new NotFoundException("nominee.case.notFound", caseId);
        }
        CloseForm f = form == null ? new CloseForm(null, null, null) : form;
        if (f.version() == null || f.version() != found.getVersion()) {
            throw new BusinessException("nominee.case.changed");
        }
        LocalDate closed = f.closedOn() == null ? Formats.today() : f.closedOn();
        if (closed.isAfter(Formats.today())) {
            throw new BusinessException("nominee.case.future");
        }
        found.close(closed, user(), f.note());
        em.flush();
        audit.record("NOMINEE_CASE_CLOSED", "Nominee", nomineeId, found.getKind() + " | " + found.getDescription(),
                "CLOSED " + Formats.date(closed) + (f.note() == null ? "" : " | " + f.note().strip()));
        return view(nominee);
    }

    private NomineeView view(Nominee nominee) {
        LocalDate today = Formats.today();
        return new NomineeView(new NomineeQueries(em).summary(nominee.getId()), nominee.getVersion(),
                nominee.getCreatedAt(),
                em.createQuery("select c from NomineeCase c where c.nominee = :n order by c.status desc, c.id desc",
                        NomineeCase.class).setParameter("n", nominee).getResultStream().map(NomineeCase::view).toList(),
                new NomineeQueries(em).nominations(nominee.getId(), scope.filter(Action.READ, today)),
                covers(Action.REPORT, nominee, today));
    }

    /** The nominee, if the caller's scope covers their home unit (as it was on its last day); else not found. */
    private Nominee visible(long id) {
        Nominee nominee = em.find(Nominee.class, id);
        if (nominee == null || !covers(Action.READ, nominee, Formats.today())) {
            throw new NotFoundException("nominee.notFound", id);
        }
        return nominee;
    }

    /** The visible nominee, if the caller is an officer or leader over their home unit. */
    private Nominee forChange(long id) {
        Nominee nominee = visible(id);
        if (!covers(Action.REPORT, nominee, Formats.today())) {
            throw new AccessDeniedException();
        }
        return nominee;
    }

    private boolean covers(Action action, Nominee nominee, LocalDate today) {
        return scope.covers(action, nominee.getHomeUnit().getId(), DraftForms.lastDay(nominee.getHomeUnit(), today));
    }

    private static CaseKind caseKind(String name) {
        try {
            return CaseKind.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("nominee.case.kindUnknown", String.valueOf(name));
        }
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
