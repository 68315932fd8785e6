package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An org unit as it was on a date. {@code validTo} is the last day the unit existed (inclusive), null while it
 * still exists.
 */
public record OrgUnitView(long id, String code, String name, String type, String level, String parentCode,
                          LocalDate validFrom, LocalDate validTo) implements Serializable {
}
