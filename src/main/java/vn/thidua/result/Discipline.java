package vn.thidua.result;

import java.time.Instant;
import java.util.List;

/**
 * How a unit's subtree reported in a movement over some periods: per period, how many units were to report, how
 * many never sent their report and how many sent it late; and those units by name (at most {@link #LIST_LIMIT}).
 * A report is late when first sent after the {@value #GRACE_DAYS}th day following its period's as_of, the day its
 * figures are closed on (annual reports close their data on a set day and are sent within days after it — the
 * pattern of Decree 09/2019/NĐ-CP on the reporting regime of state administration); it counts as not sent while it
 * was never submitted (no report, or a draft).
 */
public record Discipline(String movementCode, List<PeriodCount> periods, List<Lapse> lapses, boolean truncated) {

    public static final int GRACE_DAYS = 15;
    public static final int LIST_LIMIT = 200;

    /** One period: the units to report, those that sent nothing, those that sent late. */
    public record PeriodCount(String periodCode, int year, long expected, long missing, long late) {
    }

    /** A unit that sent its report late ({@code submittedAt} set) or not at all. */
    public record Lapse(String periodCode, String unitCode, String unitName, String levelName, ReportStatus status,
                        Instant submittedAt) {

        public boolean late() {
            return submittedAt != null;
        }
    }
}
