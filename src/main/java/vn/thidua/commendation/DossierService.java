package vn.thidua.commendation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.result.EvidenceFiles;

/**
 * The files of a nomination dossier: the achievement report (one) and other files. Anyone who may see the dossier
 * lists and downloads them; the proposing unit's officers and leaders add and remove them while the dossier is a
 * draft or returned. A file counts as a change of the dossier (its version and "last changed by"), so whoever adds
 * one does not also approve it. Elsewhere a dossier and its files are "not found".
 */
@Stateless
public class DossierService {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Dossiers dossiers;

    @Inject
    private AuditLog audit;

    /** The dossier's files, and whether the caller may change them now (a drafter, while it is editable). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NominationFiles files(long nominationId) {
        Nomination nomination = dossiers.visible(nominationId);
        return new NominationFiles(nomination.getState().isEditable() && dossiers.mayDraft(user(), nomination),
                files(nomination));
    }

    /** Adds a file; its type and size are judged from its bytes ({@link EvidenceFiles}). */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public NominationAttachmentInfo attach(long nominationId, String kindName, String fileName, byte[] content) {
        Nomination nomination = dossiers.forChange(nominationId, user());
        AttachmentKind kind = AttachmentKind.parse(kindName);
        String name = EvidenceFiles.safeName(fileName);
        String type = EvidenceFiles.check(name, content);
        if (kind == AttachmentKind.ACHIEVEMENT_REPORT && files(nomination).stream()
                .anyMatch(f -> f.kind() == AttachmentKind.ACHIEVEMENT_REPORT)) {
            throw new BusinessException("attachment.reportExists");
        }
        NominationAttachment attachment = new NominationAttachment(nomination, kind, name, type, content, user());
        em.persist(attachment);
        nomination.filesChangedBy(user());
        em.flush();
        audit.record("NOMINATION_ATTACHMENT_ADDED", "Nomination", nominationId, null, kind + " | " + name);
        return attachment.info();
    }

    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public void removeAttachment(long nominationId, long attachmentId) {
        Nomination nomination = dossiers.forChange(nominationId, user());
        NominationAttachment attachment = attachment(nomination, attachmentId);
        em.remove(attachment);
        nomination.filesChangedBy(user());
        em.flush();
        audit.record("NOMINATION_ATTACHMENT_REMOVED", "Nomination", nominationId,
                attachment.getKind() + " | " + attachment.getFileName(), null);
    }

    /** The file with its content, detached, for a download. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public NominationAttachment download(long nominationId, long attachmentId) {
        NominationAttachment attachment = attachment(dossiers.visible(nominationId), attachmentId);
        em.detach(attachment);
        return attachment;
    }

    private NominationAttachment attachment(Nomination nomination, long attachmentId) {
        NominationAttachment attachment = em.find(NominationAttachment.class, attachmentId);
        if (attachment == null || !attachment.getNomination().getId().equals(nomination.getId())) {
            throw new NotFoundException("attachment.notFound", attachmentId);
        }
        return attachment;
    }

    private List<NominationAttachmentInfo> files(Nomination nomination) {
        return em.createQuery("select new vn.thidua.commendation.NominationAttachmentInfo(a.id, a.kind, a.fileName,"
                        + " a.contentType, a.sizeBytes, a.uploadedAt, a.uploadedBy) from NominationAttachment a"
                        + " where a.nomination = :n order by a.kind, a.id", NominationAttachmentInfo.class)
                .setParameter("n", nomination).getResultList();
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
