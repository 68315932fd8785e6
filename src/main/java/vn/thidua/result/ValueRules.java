package vn.thidua.result;

import vn.thidua.movement.Indicator;
import vn.thidua.platform.error.BusinessException;

/**
 * What a unit may type for an indicator: only indicators entered at its level, never a coverage; counts and money
 * as non-negative whole numbers, yes/no as a yes or a no, text up to 2,000 characters. The entry form, the API
 * and the Excel import all check values here.
 */
final class ValueRules {

    static final int MAX_TEXT = 2000;

    private ValueRules() {
    }

    /** Whether units of level {@code levelId} type this indicator in their reports. */
    static boolean typedAt(Indicator indicator, long levelId) {
        return indicator.getKind().isTyped() && indicator.getEntryLevel().getId() == levelId;
    }

    /**
     * The value a unit of level {@code levelId} typed, as it is stored (trimmed, empty when nothing was typed), or a
     * refusal naming the indicator.
     */
    static ValueInput check(Indicator indicator, long levelId, ValueInput input) {
        ValueInput value = input == null ? ValueInput.EMPTY : input;
        if (value.isEmpty()) {
            return ValueInput.EMPTY;
        }
        if (!typedAt(indicator, levelId)) {
            throw new BusinessException("report.value.notEntered", indicator.getNameVi());
        }
        return switch (indicator.getKind()) {
            case COUNT, MONEY -> {
                if (value.amount() == null) {
                    throw new BusinessException("report.value.number", indicator.getNameVi());
                }
                if (value.amount() < 0) {
                    throw new BusinessException("report.value.negative", indicator.getNameVi());
                }
                yield ValueInput.amount(value.amount());
            }
            case YES_NO -> {
                if (value.flag() == null) {
                    throw new BusinessException("report.value.yesNo", indicator.getNameVi());
                }
                yield ValueInput.flag(value.flag());
            }
            case TEXT -> {
                String text = value.text() == null ? "" : value.text().trim();
                if (text.length() > MAX_TEXT) {
                    throw new BusinessException("report.value.tooLong", indicator.getNameVi(), String.valueOf(MAX_TEXT));
                }
                yield text.isEmpty() ? ValueInput.EMPTY : new ValueInput(null, null, text);
            }
            case COVERAGE -> throw new BusinessException("report.value.notEntered", indicator.getNameVi());
        };
    }
}
