package vn.thidua.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;

/** A target (chỉ tiêu kế hoạch) of an indicator for a unit and a year: an amount, or a percentage for shares. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private BigDecimal amount;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(Indicator indicator, OrgUnit unit, int year, BigDecimal amount) {
        this.indicator = indicator;
        this.unit = unit;
        this.year = year;
        setAmount(amount);
    }

    public void setAmount(BigDecimal amount) {
        this.amount = valid(indicator, amount);
    }

    /** The amount, if it can be a target of the indicator: not negative, and at most 100 for a percentage. */
    static BigDecimal valid(Indicator indicator, BigDecimal amount) {
        if (amount == null || amount.signum() < 0
                || indicator.getKind().isShare() && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessException("target.amount.invalid", indicator.getCode(), amount);
        }
        return amount;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
