package vn.thidua.movement.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.thidua.movement.PeriodKind;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.platform.web.PageMessages;

/**
 * Reporting periods as people name them, from their codes: "Năm 2024", "6 tháng đầu năm 2025", "Quý 3/2026"
 * (in pages: {@code #{periodLabels.of(code)}}).
 */
@Named
@ApplicationScoped
public class PeriodLabels {

    public String of(String code) {
        if (code == null) {
            return "";
        }
        ReportingPeriods.Code period = ReportingPeriods.parse(code);
        String key = "period." + period.kind().name() + (period.kind() == PeriodKind.HALF ? "." + period.seq() : "");
        return PageMessages.text(key, String.valueOf(period.year()), String.valueOf(period.seq()));
    }
}
