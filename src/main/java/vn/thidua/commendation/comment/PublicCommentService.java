package vn.thidua.commendation.comment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationQueries;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.SqlInstants;
import vn.thidua.identity.Role;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.time.Validity;

/**
 * Public comment. A nomination in PUBLIC_COMMENT is published to the users holding a role at the unit that holds it
 * (the granting unit) or at any unit below it; they, and those who may see the dossier anyway, may comment until its
 * deadline. The officers and leaders of the granting unit read all comments with their authors; everyone else reads
 * only their own. Elsewhere the nomination is "not found".
 */
@Stateless
public class PublicCommentService {

    private static final Set<Role> GRANTING_STAFF = Set.of(Role.OFFICER, Role.LEADER);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private AuditLog audit;

    /** The nominees published to the caller, those whose comment period ends first at the top. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<CommentViews.Published> published() {
        LocalDate today = Formats.today();
        Set<Long> units = scope.above(Action.READ, today);
        if (units.isEmpty()) {
            return List.of();
        }
        Set<Long> staffAt = new HashSet<>(queries().unitsWith(user(), GRANTING_STAFF, today));
        Instant now = Formats.now();
        List<?> rows = em.createNativeQuery("SELECT n.id, e.name, e.kind, e.job_title, COALESCE(v.name, u.code),"
                        + " t.code, t.name_vi, m.name, n.year_from, n.year_to, n.summary, n.comment_until,"
                        + " n.current_unit_id FROM nomination n JOIN nominee e ON e.id = n.nominee_id"
                        + " JOIN award_type t ON t.id = n.award_type_id JOIN org_unit u ON u.id = n.proposing_unit_id"
                        + " LEFT JOIN org_unit_version v ON v.unit_id = u.id AND " + Validity.sql("v", 1)
                        + " LEFT JOIN movement m ON m.id = n.movement_id WHERE n.state = 'PUBLIC_COMMENT'"
                        + " AND n.current_unit_id IN (" + ids(units) + ") ORDER BY n.comment_until, n.id")
                .setParameter(1, today).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> {
            Instant until = SqlInstants.read(r[11]);
            return new CommentViews.Published(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                    Rows.text(r[4]), Rows.text(r[5]), Rows.text(r[6]), Rows.text(r[7]), (int) Rows.number(r[8]),
                    (int) Rows.number(r[9]), Rows.text(r[10]), until, until != null && now.isBefore(until),
                    staffAt.contains(Rows.number(r[12])));
        }).toList();
    }

    /** The comments on a nomination the caller may read: all for the granting unit's staff, otherwise their own. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public CommentViews.Comments comments(long nominationId) {
        Nomination nomination = readable(nominationId);
        boolean all = queries().rolesAt(user(), nomination.getCurrentUnit().getId(), Formats.today()).stream()
                .anyMatch(GRANTING_STAFF::contains);
        Query query = em.createNativeQuery("SELECT c.id, c.author, COALESCE(u.display_name, c.author),"
                + " c.comment_text, c.created_at FROM public_comment c LEFT JOIN app_user u"
                + " ON u.username = c.author WHERE c.nomination_id = ?1" + (all ? "" : " AND c.author = ?2")
                + " ORDER BY c.created_at, c.id").setParameter(1, nominationId);
        List<?> rows = (all ? query : query.setParameter(2, user())).getResultList();
        List<CommentViews.Comment> items = rows.stream().map(row -> (Object[]) row)
                .map(r -> new CommentViews.Comment(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]),
                        Rows.text(r[3]), SqlInstants.read(r[4]), user().equals(Rows.text(r[1])))).toList();
        return new CommentViews.Comments(nominationId, all, items);
    }

    /** Leaves a comment while the nomination is open for comment (refused after its deadline). */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public CommentViews.Comment add(long nominationId, String text) {
        Nomination nomination = readable(nominationId);
        Instant now = Formats.now();
        if (nomination.getState() != NominationState.PUBLIC_COMMENT || nomination.getCommentUntil() == null
                || !now.isBefore(nomination.getCommentUntil())) {
            throw new BusinessException("comment.closed");
        }
        PublicComment comment = new PublicComment(nominationId, user(), text, now);
        em.persist(comment);
        em.flush();
        audit.record("PUBLIC_COMMENT_ADDED", "Nomination", nominationId, null, "comment " + comment.getId());
        String name = Rows.text(em.createNativeQuery("SELECT COALESCE(MAX(display_name), ?1) FROM app_user"
                + " WHERE username = ?1").setParameter(1, user()).getSingleResult());
        return new CommentViews.Comment(comment.getId(), user(), name, comment.getText(), now, true);
    }

    /** Published to the caller (held at or above one of their units), or on its route; otherwise not found. */
    private Nomination readable(long nominationId) {
        Nomination nomination = em.find(Nomination.class, nominationId);
        LocalDate today = Formats.today();
        boolean published = nomination != null && nomination.getState() == NominationState.PUBLIC_COMMENT
                && scope.above(Action.READ, today).contains(nomination.getCurrentUnit().getId());
        if (nomination == null || !(published
                || queries().isVisible(nominationId, scope.filter(Action.READ, today)))) {
            throw new NotFoundException("nomination.notFound", nominationId);
        }
        return nomination;
    }

    private NominationQueries queries() {
        return new NominationQueries(em);
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
