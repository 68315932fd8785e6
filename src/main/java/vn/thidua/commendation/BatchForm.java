package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.List;

/**
 * A submission batch as its unit fills it in: the sending unit by code (optional when the caller proposes for one
 * unit only; only when creating), the cover letter's number, date and text, and the nominations it sends (null
 * keeps them as they are). {@code version}: as last read, when changing.
 */
public record BatchForm(Long version, String unitCode, String letterNumber, LocalDate letterDate, String coverLetter,
                        List<Long> nominationIds) {
}
