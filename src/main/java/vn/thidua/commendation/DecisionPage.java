package vn.thidua.commendation;

import java.util.List;
import vn.thidua.commendation.registry.DecisionSummary;

/** One page of the decisions the caller may see, newest first, and how many there are in all. */
public record DecisionPage(long total, List<DecisionSummary> items) {
}
