package vn.thidua.result.web;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.IndicatorInfo;

/**
 * Chart.js configurations (JSON for p:chart) of one indicator: by period, or by unit as horizontal bars. Money is
 * drawn in tỷ or triệu đồng so that the axis stays readable; shares on a 0–100% axis. Numbers on the axis and in
 * tooltips follow the page's language.
 */
final class DashboardCharts {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();


    private static final String COLOUR = "#b3141b";
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000L);

    private DashboardCharts() {
    }

    /** Vertical bars, one per label (periods). */
    static String columns(IndicatorInfo indicator, List<String> labels, List<BigDecimal> values, Locale locale) {
        return chart(indicator, labels, values, false, locale);
    }

    /** Horizontal bars, one per label (units): long lists stay readable on a phone. */
    static String bars(IndicatorInfo indicator, List<String> labels, List<BigDecimal> values, Locale locale) {
        return chart(indicator, labels, values, true, locale);
    }

    private static String chart(IndicatorInfo indicator, List<String> labels, List<BigDecimal> values,
                                boolean horizontal, Locale locale) {
        BigDecimal max = values.stream().filter(v -> v != null).map(BigDecimal::abs).reduce(BigDecimal.ZERO,
                BigDecimal::max);
        BigDecimal divisor = BigDecimal.ONE;
        String unit = indicator.unitOfMeasure();
        if (indicator.kind() == IndicatorKind.MONEY && max.compareTo(MILLION) >= 0) {
            boolean billions = max.compareTo(BILLION) >= 0;
            divisor = billions ? BILLION : MILLION;
            unit = Messages.format(locale, billions ? "dashboard.chart.billion" : "dashboard.chart.million");
        }
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (BigDecimal value : values) {
            if (value == null) {
                data.addNull();
            } else {
                data.add(divisor.equals(BigDecimal.ONE) ? value : value.divide(divisor, 2, RoundingMode.HALF_UP));
            }
        }
        JsonArrayBuilder names = JSON.createArrayBuilder();
        labels.forEach(names::add);
        String label = indicator.name(locale) + (unit == null || unit.isBlank() ? "" : " (" + unit + ")");
        JsonObjectBuilder valueAxis = JSON.createObjectBuilder().add("beginAtZero", true);
        if (indicator.kind().isShare()) {
            valueAxis.add("max", 100);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("locale", "en".equals(locale.getLanguage()) ? "en-US" : "vi-VN")
                .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", names).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("label", label).add("data", data)
                                .add("backgroundColor", COLOUR))))
                .add("options", options).build().toString();
        // The configuration is written into a script element: no "</script>" may come from a unit's name.
        return json.replace("<", "\\u003c");
    }
}
