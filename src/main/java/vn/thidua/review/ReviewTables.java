package vn.thidua.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.result.Discipline;

/**
 * A review as computed when read: its heading and state, the narrative sections, one table set per movement (each
 * indicator over the period with target and attainment, per year, per child unit), the commendations of the period,
 * the reporting discipline, and the targets set for the next term. Money is a number of VND, shares in percent.
 */
public record ReviewTables(long id, long version, String unitCode, String unitName, int from, int to,
                           ReviewState state, String createdBy, Instant createdAt, String approvedBy,
                           Instant approvedAt, List<Section> sections, List<MovementTable> movements,
                           AwardTables commendations, List<Discipline> discipline, List<NextTermTarget> nextTerm) {

    /** A narrative section; {@code text} null when not written yet. */
    public record Section(ReviewSection key, String text) {
    }

    /**
     * A movement's indicators over the period, per year and per child unit: the unit's children today (else on its
     * last day), each with the results of the units whose history it inherited — the years rolled up to today's
     * structure.
     */
    public record MovementTable(String code, String name, List<Integer> years, List<IndicatorRow> indicators,
                                List<ChildRow> children) {
    }

    /** An indicator over the period (its value, target and attainment) and per year. */
    public record IndicatorRow(String code, String name, String nameEn, IndicatorKind kind, String unitOfMeasure,
                               BigDecimal value, Long numerator, Long denominator, BigDecimal target,
                               BigDecimal attainment, List<Cell> years) {
    }

    /**
     * A child unit's values, one per indicator of the table. A row with a null unit code holds what no child carries
     * (units closed without a successor that inherited their history), so that the rows add up to the total.
     */
    public record ChildRow(String unitCode, String unitName, List<Cell> values) {
    }

    /** A value: a sum, or a share with its numerator and denominator; null when there is nothing to show. */
    public record Cell(BigDecimal value, Long numerator, Long denominator) {
        public static final Cell EMPTY = new Cell(null, null, null);
    }

    /** A target set for the next term; {@code indicator} null when no indicator measures it. */
    public record NextTermTarget(int seq, String description, int yearFrom, int yearTo, String movement,
                                 String indicator, String indicatorName, BigDecimal amount) {
    }
}
