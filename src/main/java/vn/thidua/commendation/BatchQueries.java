package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.ScopeFilter;
import vn.thidua.platform.time.Formats;

/** The reads of submission batches, in SQL: the list in the caller's scope, and what a batch can still take in. */
public class BatchQueries {

    private final EntityManager em;

    public BatchQueries(EntityManager em) {
        this.em = em;
    }

    /** Batches whose sending unit is in {@code scope} today (or whose history a unit there inherited), newest first. */
    public BatchPage page(ScopeFilter scope, int page, int size) {
        String cte = scope.everything() ? "" : scope.cte(1);
        String where = scope.everything() ? "" : " WHERE b.from_unit_id IN (SELECT unit_id FROM scope_units)";
        int first = scope.everything() ? 1 : 2;
        var count = em.createNativeQuery(cte + "SELECT COUNT(*) FROM submission_batch b" + where);
        var items = em.createNativeQuery(cte + "SELECT b.id, f.code, t.code, b.letter_number, b.letter_date,"
                + " (SELECT COUNT(*) FROM submission_batch_item i WHERE i.batch_id = b.id), b.created_by, b.sent_at, "
                + NomineeQueries.latestName("f") + " FROM submission_batch b JOIN org_unit f ON f.id = b.from_unit_id"
                + " JOIN org_unit t ON t.id = b.to_unit_id" + where + " ORDER BY b.id DESC"
                + " OFFSET ?" + first + " ROWS FETCH NEXT ?" + (first + 1) + " ROWS ONLY");
        if (!scope.everything()) {
            count.setParameter(1, Formats.today());
            items.setParameter(1, Formats.today());
        }
        items.setParameter(first, (long) page * size).setParameter(first + 1, size);
        long total = ((Number) count.getSingleResult()).longValue();
        List<BatchSummary> lines = ((List<?>) items.getResultList()).stream().map(row -> (Object[]) row)
                .map(r -> new BatchSummary(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[8]), Rows.text(r[2]),
                        Rows.text(r[3]), Rows.date(r[4]), Rows.number(r[5]), Rows.text(r[6]), Rows.instant(r[7])))
                .toList();
        return new BatchPage(total, lines);
    }

    /**
     * The nominations the unit could send with the batch now ({@link BatchStep}: the drafts and returned dossiers it
     * holds, and those it holds appraised below their granting level), visible in {@code scope}, in no batch not yet
     * sent.
     */
    public List<DossierLine> candidates(long unitId, ScopeFilter scope) {
        List<?> ids = em.createNativeQuery("SELECT n.id FROM nomination n WHERE"
                        + " n.current_unit_id = ?1 AND n.state IN ('DRAFT', 'RETURNED', 'APPRAISED')"
                        + " AND NOT EXISTS (SELECT 1 FROM submission_batch_item i JOIN submission_batch b"
                        + " ON b.id = i.batch_id WHERE i.nomination_id = n.id AND b.sent_at IS NULL)"
                        + " AND " + NominationQueries.visible(scope) + " ORDER BY n.id DESC FETCH FIRST 200 ROWS ONLY")
                .setParameter(1, unitId).getResultList();
        return ids.stream().map(id -> em.find(Nomination.class, Rows.number(id)))
                .filter(n -> BatchStep.of(n, unitId).isPresent()).map(DossierLine::of).toList();
    }

    /** The letter number (or id) of another batch not yet sent that has the nomination, if any. */
    public Optional<String> otherOpenBatch(long nominationId, long batchId) {
        List<?> rows = em.createNativeQuery("SELECT b.id, b.letter_number FROM submission_batch_item i"
                        + " JOIN submission_batch b ON b.id = i.batch_id WHERE i.nomination_id = ?1 AND b.sent_at IS NULL"
                        + " AND b.id <> ?2").setParameter(1, nominationId).setParameter(2, batchId).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> r[1] == null ? "#" + Rows.number(r[0]) : Rows.text(r[1])).findFirst();
    }
}
