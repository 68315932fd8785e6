package vn.thidua.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.thidua.movement.Indicator;
import vn.thidua.platform.persistence.BaseEntity;

/** One indicator's value in a report: an amount (count or whole VND), a yes/no answer, or a text. */
@Entity
@Table(name = "result_value")
public class ResultValue extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private ResultReport report;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    private Long amount;

    private Boolean flag;

    @Column(name = "text_value")
    private String text;

    protected ResultValue() {
    }

    ResultValue(ResultReport report, Indicator indicator) {
        this.report = report;
        this.indicator = indicator;
    }

    /** Sets the value; answers whether it changed. */
    boolean set(ValueInput input) {
        ValueInput before = input();
        amount = input.amount();
        flag = input.flag();
        text = input.text();
        return !Objects.equals(before, input());
    }

    public ValueInput input() {
        return new ValueInput(amount, flag, text);
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public ResultReport getReport() {
        return report;
    }

    public Long getAmount() {
        return amount;
    }

    public Boolean getFlag() {
        return flag;
    }

    public String getText() {
        return text;
    }
}
