package vn.thidua.commendation.document;

import java.util.List;
import vn.thidua.platform.document.Letterhead;

/** What a decision prints: its letterhead, subject, award type and the recipients, one line each. */
public record DecisionSheet(Letterhead head, String subject, String awardTypeName, List<Line> lines) {

    /** A recipient: name; position (job title and unit, or the unit of a collective); achievement. */
    public record Line(String name, String position, String achievement) {
    }
}
