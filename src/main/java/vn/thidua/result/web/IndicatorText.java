package vn.thidua.result.web;

import java.math.BigDecimal;
import java.util.Locale;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Amounts;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.IndicatorValue;

/**
 * An indicator's values as the dashboard writes them: a count "354.325", money "220,34 tỷ đồng", a share "100%"
 * with its units "1.452/1.452 thôn, khu phố"; text indicators have no rolled-up value.
 */
public final class IndicatorText {

    private IndicatorText() {
    }

    public static String value(IndicatorKind kind, BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case COUNT -> Amounts.number(value, locale);
            case MONEY -> Amounts.money(value, locale);
            case YES_NO, COVERAGE -> Amounts.percent(value, locale);
            case TEXT -> "";
        };
    }

    /**
     * For a share, how many units of {@code levelCode} out of how many, and in which period (a share over several
     * periods is that of the last one with such units); otherwise null.
     */
    public static String units(IndicatorValue value, String levelCode, Locale locale) {
        if (value.numerator() == null || value.denominator() == null) {
            return null;
        }
        String period = value.periods().stream().filter(p -> p.denominator() != null && p.denominator() > 0)
                .reduce((first, second) -> second).map(p -> p.period().code()).orElse("");
        return Messages.format(locale, "dashboard.units", Messages.format(locale, "dashboard.units." + levelCode,
                Amounts.ratio(value.numerator(), value.denominator(), locale)), period);
    }
}
