package vn.thidua.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.audit.AuditQuery;
import vn.thidua.platform.audit.AuditWhere;

class AuditQueryTest {

    @Test
    void theDateRangeIsWholeDaysInVietnamWithToInclusive() {
        AuditQuery query = new AuditQuery(null, null, null, null, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1));
        // Vietnam is UTC+7: 1 July starts at 17:00 UTC on 30 June and ends where 2 July starts.
        assertThat(query.fromInstant()).isEqualTo(Instant.parse("2025-06-30T17:00:00Z"));
        assertThat(query.toExclusive()).isEqualTo(Instant.parse("2025-07-01T17:00:00Z"));
    }

    @Test
    void noFiltersMeansNoWhereClause() {
        AuditWhere where = AuditWhere.of(AuditQuery.ALL);
        assertThat(where.clause()).isEmpty();
        assertThat(where.parameters()).isEmpty();
        assertThat(AuditWhere.of(new AuditQuery(" ", "", null, "  ", null, null)).clause()).isEmpty();
    }

    @Test
    void everyFilterBecomesAParameterNeverPartOfTheText() {
        AuditWhere where = AuditWhere.of(new AuditQuery(" Admin ", "PASSWORD_RESET", "UserAccount", "hoi'dong",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)));
        assertThat(where.clause()).startsWith(" where ")
                .contains("lower(e.actor) like :actor", "e.action = :action", "e.entityType = :entityType",
                        "lower(e.entityId) like :entityId", "e.occurredAt >= :from", "e.occurredAt < :to")
                .doesNotContain("hoi'dong", "Admin");
        assertThat(where.parameters()).containsEntry("actor", "%admin%").containsEntry("entityId", "%hoi'dong%")
                .containsEntry("action", "PASSWORD_RESET")
                .containsEntry("to", Instant.parse("2025-01-31T17:00:00Z"));
    }

    @Test
    void likeWildcardsTypedByTheUserAreMatchedLiterally() {
        AuditWhere where = AuditWhere.of(new AuditQuery("a%b_c!", null, null, null, null, null));
        assertThat(where.parameters()).containsEntry("actor", "%a!%b!_c!!%");
    }
}
