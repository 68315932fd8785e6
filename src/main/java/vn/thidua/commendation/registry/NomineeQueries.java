package vn.thidua.commendation.registry;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominee;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.scope.ScopeFilter;

/** What a nominee's history page reads besides the registry: who they are and their visible nominations. */
class NomineeQueries {

    private final EntityManager em;

    NomineeQueries(EntityManager em) {
        this.em = em;
    }

    NomineeHistory.Nominee nominee(long id) {
        Nominee n = em.find(Nominee.class, id);
        return n == null ? null : new NomineeHistory.Nominee(n.getId(), n.getKind(), n.getName(), n.getBirthYear(),
                n.getGender(), n.getJobTitle(), n.isDeceased(), n.getHomeUnit().getCode(), n.getHomeUnit().getName());
    }

    /**
     * The nominee's nominations visible to the caller (a unit on the dossier's route is a root of their scope, as
     * for the nominations list), newest first.
     */
    List<NomineeHistory.Dossier> nominations(long nomineeId, ScopeFilter scope) {
        String visible = scope.everything() ? "" : " AND EXISTS (SELECT 1 FROM nomination_route r"
                + " WHERE r.nomination_id = n.id AND r.unit_id IN (" + scope.rootIds() + "))";
        List<?> rows = em.createNativeQuery("SELECT n.id, t.code, t.name_vi, t.name_en, n.year_from, n.year_to,"
                        + " n.state, u.code, (SELECT v.name FROM org_unit_version v WHERE v.unit_id = u.id"
                        + " ORDER BY v.valid_from DESC FETCH FIRST 1 ROWS ONLY), n.updated_at FROM nomination n"
                        + " JOIN award_type t ON t.id = n.award_type_id JOIN org_unit u ON u.id = n.proposing_unit_id"
                        + " WHERE n.nominee_id = ?1" + visible + " ORDER BY n.updated_at DESC, n.id DESC")
                .setParameter(1, nomineeId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new NomineeHistory.Dossier(Rows.number(r[0]),
                Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]), (int) Rows.number(r[4]), (int) Rows.number(r[5]),
                NominationState.valueOf(Rows.text(r[6])), Rows.text(r[7]), Rows.text(r[8]), instant(r[9])))
                .toList();
    }

    /** A TIMESTAMP WITH TIME ZONE as H2 (OffsetDateTime) or PostgreSQL's driver (Timestamp) answers it. */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : null;
    }
}
