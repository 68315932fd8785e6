package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;

/**
 * Submission batches: a unit's officers and leaders put nominations together under a cover letter and send them up
 * at once. Sending takes each nomination's step ({@link BatchStep}) through {@link NominationService#act}, so the
 * transition table stays the only judge; if it refuses any of them, none is sent and every refusal is listed.
 * Who sees and changes a batch: {@link Batches}.
 */
@Stateless
public class BatchService {

    private static final BatchForm EMPTY = new BatchForm(null, null, null, null, null, null);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private DraftForms drafts;

    @Inject
    private Batches batches;

    @Inject
    private AuditLog audit;

    @EJB
    private NominationService nominations;

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public BatchPage list(int page, int size) {
        int pageSize = size <= 0 ? 20 : Math.min(size, 100);
        return new BatchQueries(em).page(scope.filter(Action.READ, Formats.today()), Math.max(page, 0), pageSize);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public BatchView get(long id) {
        return batches.view(batches.visible(id), user());
    }

    /** The nominations the batch's unit could add to it now: those it can send, in no other open batch. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public List<DossierLine> candidates(long id) {
        SubmissionBatch batch = batches.visible(id);
        return new BatchQueries(em).candidates(batch.getFromUnit().getId(), scope.filter(Action.READ,
                Formats.today()));
    }

    /** A new batch of the unit named (or the caller's only unit), to the unit above it. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public BatchView create(BatchForm form) {
        BatchForm f = form == null ? EMPTY : form;
        LocalDate today = Formats.today();
        OrgUnit unit = drafts.proposingUnit(f.unitCode(), user(), today);
        if (!drafts.mayDraft(user(), unit, today)) {
            throw new NotPermittedException("batch.forbidden");
        }
        List<Long> chain = new NominationRoutes(em).chainIds(unit, today);
        OrgUnit to = em.find(OrgUnit.class, chain.size() > 1 ? chain.get(1) : chain.get(0));
        SubmissionBatch batch = new SubmissionBatch(unit, to, user());
        batch.write(f.letterNumber(), f.letterDate(), f.coverLetter());
        em.persist(batch);
        if (f.nominationIds() != null) {
            batches.setItems(batch, f.nominationIds());
        }
        em.flush();
        audit.record("BATCH_CREATED", "SubmissionBatch", batch.getId(), null, Batches.describe(batch));
        return batches.view(batch, user());
    }

    /** Changes the cover letter and, when {@code nominationIds} is given, which nominations the batch sends. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public BatchView update(long id, BatchForm form) {
        BatchForm f = form == null ? EMPTY : form;
        SubmissionBatch batch = current(id, f.version());
        String before = Batches.describe(batch);
        batch.write(f.letterNumber(), f.letterDate(), f.coverLetter());
        if (f.nominationIds() != null) {
            batches.setItems(batch, f.nominationIds());
        }
        em.flush();
        audit.record("BATCH_CHANGED", "SubmissionBatch", batch.getId(), before, Batches.describe(batch));
        return batches.view(batch, user());
    }

    /** Sends the batch: every nomination takes its step, or none does and the refusals are listed. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public BatchSubmission submit(long id, Long version) {
        SubmissionBatch batch = current(id, version);
        List<Nomination> items = batch.getNominations();
        batch.markSent(Instant.now());
        String letter = Messages.format(Messages.VIETNAMESE, "batch.history.comment", batch.getLetterNumber(),
                batch.getLetterDate());
        List<BatchSubmission.Refused> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Nomination nomination = items.get(i);
            try {
                NominationAction step = BatchStep.of(nomination, batch.getFromUnit().getId())
                        .orElseThrow(() -> new BusinessException("batch.item.notSendable"));
                nominations.act(nomination.getId(), step.name(), nomination.getVersion(), letter);
            } catch (BusinessException e) {
                refused.add(new BatchSubmission.Refused(i + 1, nomination.getId(), nomination.getNominee().getName(),
                        e.getMessageKey(), Arrays.asList(e.getArguments())));
            }
        }
        if (!refused.isEmpty()) {
            context.setRollbackOnly();
            return new BatchSubmission(null, items.size(), refused);
        }
        em.flush();
        audit.record("BATCH_SENT", "SubmissionBatch", batch.getId(), null, Batches.describe(batch));
        return new BatchSubmission(batches.view(batch, user()), items.size(), List.of());
    }

    /** The batch for a change, refused as "already changed" unless {@code version} is the one stored. */
    private SubmissionBatch current(long id, Long version) {
        SubmissionBatch batch = batches.forChange(id, user());
        if (version == null || version != batch.getVersion()) {
            throw new BusinessException("batch.changed");
        }
        return batch;
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
