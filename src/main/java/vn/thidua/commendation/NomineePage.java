package vn.thidua.commendation;

import java.util.List;

/** One page of the nominees a search found in the caller's scope, and how many it found. */
public record NomineePage(long total, List<NomineeSummary> items) {
}
