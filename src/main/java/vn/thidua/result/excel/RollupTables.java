package vn.thidua.result.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.IndicatorInfo;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.Rollup;

/**
 * Roll-up tables as XLSX, as the dashboard shows them: a unit's indicators (value, numerator and denominator of a
 * share, target, attainment, and the value of each period), and its children's values side by side. Sums are
 * whole numbers (money in VND), shares percentages with two decimals. Text indicators do not roll up and are left
 * out.
 */
public final class RollupTables {

    private RollupTables() {
    }

    /** A file name such as chi-tieu-TET_VI_NGUOI_NGHEO-22-2019-2024.xlsx; {@code prefix} says which table. */
    public static String fileName(String prefix, Rollup rollup) {
        return prefix + "-" + rollup.movementCode() + "-" + rollup.unitCode() + "-" + rollup.from() + "-"
                + rollup.to() + ".xlsx";
    }

    public static byte[] indicators(String title, Rollup rollup, Locale locale) {
        List<IndicatorValue> values = rolledUp(rollup.values());
        List<String> headers = new ArrayList<>(List.of(Messages.format(locale, "excel.rollup.indicator"),
                Messages.format(locale, "excel.rollup.unitOfMeasure"), Messages.format(locale, "excel.rollup.value"),
                Messages.format(locale, "excel.rollup.numerator"), Messages.format(locale, "excel.rollup.denominator"),
                Messages.format(locale, "excel.rollup.target"), Messages.format(locale, "excel.rollup.attainment")));
        if (!values.isEmpty()) {
            values.get(0).periods().forEach(p -> headers.add(p.period().code()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorValue value : values) {
            IndicatorInfo indicator = value.indicator();
            List<Object> row = new ArrayList<>(List.of(indicator.name(locale)));
            row.add(indicator.unitOfMeasure());
            row.add(cell(indicator.kind(), value.value()));
            row.add(value.numerator());
            row.add(value.denominator());
            row.add(cell(indicator.kind(), value.target()));
            row.add(value.attainment());
            value.periods().forEach(p -> row.add(cell(indicator.kind(), p.value())));
            rows.add(row);
        }
        return XlsxTable.write(Messages.format(locale, "excel.rollup.indicatorsSheet"),
                List.of(title, subtitle(rollup, locale)), headers, rows);
    }

    public static byte[] children(String title, Rollup parent, List<Rollup> children, Locale locale) {
        List<IndicatorValue> columns = rolledUp(parent.values());
        List<String> headers = new ArrayList<>(List.of(Messages.format(locale, "excel.rollup.unit"),
                Messages.format(locale, "excel.rollup.unitCode")));
        columns.forEach(c -> headers.add(heading(c.indicator(), locale)));
        List<List<Object>> rows = new ArrayList<>();
        for (Rollup child : children) {
            List<Object> row = new ArrayList<>(List.of(child.unitName(), child.unitCode()));
            for (IndicatorValue value : rolledUp(child.values())) {
                row.add(cell(value.indicator().kind(), value.value()));
            }
            rows.add(row);
        }
        return XlsxTable.write(Messages.format(locale, "excel.rollup.childrenSheet"),
                List.of(title, subtitle(parent, locale)), headers, rows);
    }

    private static String heading(IndicatorInfo indicator, Locale locale) {
        String unit = indicator.unitOfMeasure();
        return unit == null || unit.isBlank() ? indicator.name(locale) : indicator.name(locale) + " (" + unit + ")";
    }

    private static String subtitle(Rollup rollup, Locale locale) {
        return Messages.format(locale, rollup.approvedOnly() ? "excel.rollup.approvedOnly" : "excel.rollup.all",
                rollup.unitName(), String.valueOf(rollup.from()), String.valueOf(rollup.to()));
    }

    private static List<IndicatorValue> rolledUp(List<IndicatorValue> values) {
        return values.stream().filter(v -> v.indicator().kind() != IndicatorKind.TEXT).toList();
    }

    /** A sum as a whole number, a share (or anything with decimals) as a decimal. */
    private static Object cell(IndicatorKind kind, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (kind.isSum() && value.stripTrailingZeros().scale() <= 0) {
            return value.longValue();
        }
        return value;
    }
}
