package vn.thidua.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.thidua.commendation.Download;
import vn.thidua.identity.Role;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.document.Letterhead;
import vn.thidua.platform.error.AccessDeniedException;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.error.NotFoundException;
import vn.thidua.platform.scope.Action;
import vn.thidua.platform.scope.Scope;
import vn.thidua.platform.scope.UnitDayFilter;
import vn.thidua.platform.time.Formats;
import vn.thidua.result.excel.Workbooks;
import vn.thidua.review.document.ReviewDocx;
import vn.thidua.review.document.ReviewPdf;
import vn.thidua.review.document.ReviewWorkbook;

/**
 * Term reviews: the officers and leaders of a unit (or above it) create a review of a span of years and write its
 * narrative; a leader approves it, after which it is read-only, its figures frozen, until a leader reopens it.
 * Everyone who may read the unit's data (as on the unit's day) reads the review, its draft figures computed from the
 * results and the registry ({@link ReviewCalculation}); changing it takes a role held today. Outside the caller's
 * scope a review is "not found". Targets for the next term: {@link NextTermService}.
 */
@Stateless
public class ReviewService {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Scope scope;

    @Inject
    private OrgUnits orgUnits;

    @Inject
    private AuditLog audit;

    @Inject
    private ReviewCalculation calculation;

    /**
     * Creates a draft review of {@code unitCode}: the unit that had the code at the end of the years reviewed (codes
     * are reused), else today's. Outside the caller's scope "not found"; 403 unless a role they hold today lets them
     * report for the unit.
     */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public long create(String unitCode, int from, int to) {
        String code = unitCode == null ? "" : unitCode.trim();
        LocalDate end = LocalDate.of(Math.min(Math.max(to, TermReview.FIRST_YEAR), TermReview.LAST_YEAR), 12, 31);
        OrgUnit unit = orgUnits.find(code, end).or(() -> orgUnits.find(code, Formats.today()))
                .orElseThrow(() -> new NotFoundException("org.unit.notFound", code, end));
        if (!scope.covers(Action.READ, unit.getId(), Reviews.dateOf(unit))) {
            throw new NotFoundException("org.unit.notFound", code, Reviews.dateOf(unit));
        }
        if (!scope.coversToday(Action.REPORT, unit.getId(), Reviews.dateOf(unit))) {
            throw new AccessDeniedException();
        }
        TermReview review = new TermReview(unit, from, to, user(), Instant.now());
        em.persist(review);
        em.flush();
        audit.record("REVIEW_CREATED", "TermReview", review.getId(), null,
                unit.getCode() + " | " + from + "-" + to);
        return review.getId();
    }

    /** The reviews the caller may read (each unit on its day, as {@link #get} checks), newest first, paged in SQL. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public List<ReviewSummary> list(int offset, int limit) {
        return new Reviews(em).list(filter(), Math.max(offset, 0), limit <= 0 ? 20 : Math.min(limit, 100));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public long count() {
        return new Reviews(em).count(filter());
    }

    /**
     * The review with its tables: as frozen at its approval, or (a draft) computed now by {@link ReviewCalculation} —
     * each movement the review's unit takes part in over the years (the same whoever reads it), per year, and per
     * child unit of the review's unit as it is today (else on its last day), each child with the results of the units
     * it inherited. The next term's targets are read as they are now.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReviewTables get(long id) {
        TermReview review = Reviews.readable(em, scope, id, Action.READ);
        return tables(review, calculation.of(review));
    }

    private static ReviewTables tables(TermReview review, ReviewFigures figures) {
        return new ReviewTables(review.getId(), review.getVersion(), review.getUnit().getCode(), figures.unitName(),
                review.getYearFrom(), review.getYearTo(), review.getState(), review.getCreatedBy(),
                review.getCreatedAt(), review.getApprovedBy(), review.getApprovedAt(),
                review.sections().entrySet().stream().map(e -> new ReviewTables.Section(e.getKey(), e.getValue()))
                        .toList(), figures.movements(), figures.commendations(), figures.discipline(),
                Reviews.targets(review));
    }

    /** Replaces one narrative section of a draft; {@code version} is the review's as last read. */
    @RolesAllowed({Role.LEADER_NAME, Role.OFFICER_NAME})
    public long write(long id, long version, ReviewSection section, String text) {
        TermReview review = Reviews.readable(em, scope, id, Action.REPORT);
        current(review, version);
        String before = review.sections().get(Objects.requireNonNull(section));
        review.write(section, text, user(), Instant.now());
        em.flush();
        audit.record("REVIEW_SECTION_WRITTEN", "TermReview", id, section + ": " + Objects.toString(before, ""),
                section + ": " + Objects.toString(review.sections().get(section), ""));
        return review.getVersion();
    }

    /**
     * A leader of the unit (or above it) approves the draft once every section is written, and not last by them;
     * from then on it is read-only, its figures frozen as computed now.
     */
    @RolesAllowed(Role.LEADER_NAME)
    public long approve(long id, long version) {
        TermReview review = Reviews.readable(em, scope, id, Action.LEAD);
        current(review, version);
        review.approve(user(), Instant.now());
        review.freeze(calculation.of(review.getUnit(), review.getYearFrom(), review.getYearTo()));
        em.flush();
        audit.record("REVIEW_APPROVED", "TermReview", id, ReviewState.DRAFT.name(), ReviewState.APPROVED.name());
        return review.getVersion();
    }

    /**
     * A leader of the unit (or above it) takes the approved review back to draft to correct it, giving a reason
     * (audited); its figures are computed again until it is approved again. The next term's targets stay as set; they
     * change again once the review is approved again.
     */
    @RolesAllowed(Role.LEADER_NAME)
    public long reopen(long id, long version, String reason) {
        TermReview review = Reviews.readable(em, scope, id, Action.LEAD);
        current(review, version);
        review.reopen(reason, user(), Instant.now());
        em.flush();
        audit.record("REVIEW_REOPENED", "TermReview", id, ReviewState.APPROVED.name(),
                ReviewState.DRAFT.name() + ": " + reason.strip());
        return review.getVersion();
    }

    /**
     * What the caller may do with the review with a role held today: write its narrative (a draft), approve it (a
     * leader, a draft), set the next term's targets (approved), reopen it (a leader, approved).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public ReviewActions actions(long id) {
        TermReview review = Reviews.readable(em, scope, id, Action.READ);
        boolean draft = review.getState() == ReviewState.DRAFT;
        return new ReviewActions(draft && Reviews.mayChange(scope, review, Action.REPORT),
                draft && Reviews.mayChange(scope, review, Action.LEAD),
                !draft && Reviews.mayChange(scope, review, Action.REPORT),
                !draft && Reviews.mayChange(scope, review, Action.LEAD));
    }

    /** The review as a PDF report. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public Download pdf(long id) {
        ReviewTables review = get(id);
        return new Download(fileName(review, "pdf"), "application/pdf", ReviewPdf.write(review, head(review)));
    }

    /** Every table of the review as an XLSX workbook. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public Download xlsx(long id) {
        ReviewTables review = get(id);
        return new Download(fileName(review, "xlsx"), Workbooks.MEDIA_TYPE, ReviewWorkbook.write(review));
    }

    /** The review as a Word document to keep editing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME, Role.VIEWER_NAME})
    public Download docx(long id) {
        ReviewTables review = get(id);
        return new Download(fileName(review, "docx"), DOCX, ReviewDocx.write(review, head(review)));
    }

    /** The letterhead: dated the day of approval (today for a draft), numbered and signed by hand. */
    private Letterhead head(ReviewTables review) {
        OrgUnit unit = em.find(TermReview.class, review.id()).getUnit();
        LocalDate day = review.approvedAt() == null ? Formats.today()
                : LocalDate.ofInstant(review.approvedAt(), Formats.ZONE);
        return Letterhead.of(unit, day, Letterhead.text("review.doc.number"), Letterhead.text("review.doc.signer"),
                "");
    }

    private static String fileName(ReviewTables review, String extension) {
        return "tong-ket-" + review.unitCode() + "-" + review.from() + "-" + review.to() + "." + extension;
    }

    static void current(TermReview review, long version) {
        if (review.getVersion() != version) {
            throw new BusinessException("review.changed");
        }
    }

    private UnitDayFilter filter() {
        return scope.filterOnUnitDays(Action.READ);
    }

    private String user() {
        return context.getCallerPrincipal().getName();
    }
}
