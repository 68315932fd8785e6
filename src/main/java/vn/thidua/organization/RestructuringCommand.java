package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;

/** A restructuring an administrator asks for, effective on {@link #date()}; it applies itself. */
public interface RestructuringCommand extends Serializable {

    LocalDate date();

    String legalBasis();

    /** Does the work through {@code restructuring} and says what changed. */
    RestructuringSummary applyTo(Restructuring restructuring, Units units);

    /** Units by code as they are on a date (each one checked against the caller's scope), and levels by code. */
    interface Units {

        OrgUnit unit(String code, LocalDate date);

        OrgLevel level(String code);
    }

    static String required(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new vn.thidua.platform.error.BusinessException(messageKey);
        }
        return text.trim();
    }
}
