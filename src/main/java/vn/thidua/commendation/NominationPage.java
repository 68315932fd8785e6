package vn.thidua.commendation;

import java.util.List;

/** One page of the nominations the caller may see, and how many there are in all. */
public record NominationPage(long total, List<NominationSummary> items) {
}
