package vn.thidua.organization;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.platform.error.BusinessException;

/**
 * Chooses which successor of the unit {@code code} (as it was the day before {@code date}, when it ended) inherits
 * its history; the others keep only the partial link. Corrects the default of a split (the first successor the
 * source names) without touching anything else.
 */
public record HeirCommand(LocalDate date, String code, String heirCode, String legalBasis)
        implements RestructuringCommand {

    @Override
    public RestructuringSummary applyTo(Restructuring restructuring, Units units) {
        OrgUnit predecessor = units.unit(code, date.minusDays(1));
        OrgUnit heir = units.unit(RestructuringCommand.required(heirCode, "org.heir.required"), date);
        List<OrgEventLink> links = restructuring.linksFrom(predecessor);
        if (links.stream().noneMatch(link -> link.getSuccessor().equals(heir))) {
            throw new BusinessException("org.heir.notSuccessor", heir.getCode(), predecessor.getCode());
        }
        links.forEach(link -> link.inheritHistory(link.getSuccessor().equals(heir)));
        return RestructuringSummary.of(List.of(predecessor), List.of(heir), 0, date);
    }
}
