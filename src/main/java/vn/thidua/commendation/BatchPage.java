package vn.thidua.commendation;

import java.util.List;

/** One page of the submission batches the caller may see, newest first, and how many there are. */
public record BatchPage(long total, List<BatchSummary> items) {
}
