package vn.thidua.organization;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A unit with every unit it came from (back to the oldest) and every unit it went into, with the events. */
public record OrgUnitHistory(OrgUnitView unit, List<Step> predecessors, List<Step> successors)
        implements Serializable {

    /** One predecessor → successor link of an event, with both units' names at the time. */
    public record Step(LocalDate date, String kind, String legalBasis, String predecessorCode, String predecessorName,
                       String successorCode, String successorName, boolean partial, boolean inheritsHistory)
            implements Serializable {
    }
}
