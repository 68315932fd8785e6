package vn.thidua.organization;

import java.time.LocalDate;

/** One valid row of an imported unit list; {@code rowNumber} as the user sees it (the header is row 1). */
public record ImportRow(int rowNumber, String code, String name, String type, String level, String parentCode,
                        LocalDate validFrom) {
}
