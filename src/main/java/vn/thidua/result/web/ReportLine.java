package vn.thidua.result.web;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.text.VietnameseNumbers;
import vn.thidua.platform.web.PageMessages;
import vn.thidua.result.IndicatorInfo;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.ReportView;
import vn.thidua.result.ValueInput;

/**
 * One indicator on the report page: what the user types (kept here while the form is on screen, also when a save
 * is refused), or the roll-up from the units below. {@code mine} is what the user had typed before reloading a
 * report someone else changed, when it differs from the value now saved.
 */
public class ReportLine implements Serializable {

    private static final int SHARE_DIGITS = 2;

    private final IndicatorInfo indicator;
    private final boolean typed;
    private final IndicatorValue rollup;
    private Long amount;
    private Boolean flag;
    private String text;
    private String mine;

    ReportLine(ReportView.Line line) {
        this.indicator = line.indicator();
        this.typed = line.typed();
        this.rollup = line.rollup();
        this.amount = line.value().amount();
        this.flag = line.value().flag();
        this.text = line.value().text();
    }

    /** What the form holds, in the service's terms. */
    ValueInput input() {
        return switch (indicator.kind()) {
            case COUNT, MONEY -> new ValueInput(amount, null, null);
            case YES_NO -> new ValueInput(null, flag, null);
            case TEXT -> new ValueInput(null, null, text == null || text.isBlank() ? null : text);
            case COVERAGE -> ValueInput.EMPTY;
        };
    }

    /** The typed value as text: 1.234.567, Có/Không, or the text. */
    public String getShown() {
        return switch (indicator.kind()) {
            case COUNT, MONEY -> VietnameseNumbers.whole(amount);
            case YES_NO -> flag == null ? "" : PageMessages.text(flag ? "common.yes" : "common.no");
            case TEXT -> text == null ? "" : text;
            case COVERAGE -> "";
        };
    }

    /** The roll-up as text: a sum (1.234.567) or a share (75,5 %); empty when nothing was reported. */
    public String getRolledUp() {
        BigDecimal value = rollup == null ? null : rollup.value();
        if (value == null) {
            return "";
        }
        return indicator.kind().isShare() ? VietnameseNumbers.decimal(value, SHARE_DIGITS) + " %"
                : VietnameseNumbers.decimal(value, 0);
    }

    /** "151/200" for a share with a denominator, else empty. */
    public String getFraction() {
        if (rollup == null || rollup.denominator() == null || !indicator.kind().isShare()) {
            return "";
        }
        return VietnameseNumbers.whole(rollup.numerator() == null ? 0 : rollup.numerator()) + "/"
                + VietnameseNumbers.whole(rollup.denominator());
    }

    public String getName() {
        return indicator.name(PageMessages.locale());
    }

    /** The name with the unit of measure of a count or an amount: "Suất quà Tết (suất)". */
    public String getLabel() {
        String unit = indicator.unitOfMeasure();
        return isSum() && unit != null && !unit.isBlank() ? getName() + " (" + unit + ")" : getName();
    }

    public IndicatorInfo getIndicator() {
        return indicator;
    }

    public IndicatorKind getKind() {
        return indicator.kind();
    }

    public boolean isTyped() {
        return typed;
    }

    /** Whether the value is a count or VND, typed as a whole number. */
    public boolean isSum() {
        return indicator.kind().isSum();
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public Boolean getFlag() {
        return flag;
    }

    public void setFlag(Boolean flag) {
        this.flag = flag;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMine() {
        return mine;
    }

    void setMine(String mine) {
        this.mine = mine;
    }
}
