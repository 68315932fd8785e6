package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.time.Validity;

/**
 * Where a nomination goes next in the structure of the day: the units above a unit, up to the granting level, and
 * the unit that proposes it now. A dossier may outlive the structure it began in (one drafted in a district's commune
 * before 1 July 2025 is decided by the province after it, Resolution 1679/NQ-UBTVQH15): every step reads the
 * structure of its own day.
 */
public class NominationRoutes {

    /** More mergers in a row than any reform has made: a bound, not a rule. */
    private static final int MAX_MERGERS = 10;

    private final EntityManager em;

    public NominationRoutes(EntityManager em) {
        this.em = em;
    }

    /** The ids of {@code unit} and the units above it on {@code date}, from the unit up. */
    public List<Long> chainIds(OrgUnit unit, LocalDate date) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE up(unit_id, depth) AS (SELECT CAST(?1 AS BIGINT), 0"
                        + " UNION ALL SELECT v.parent_id, up.depth + 1 FROM org_unit_version v"
                        + " JOIN up ON v.unit_id = up.unit_id"
                        + " WHERE " + Validity.sql("v", 2) + " AND v.parent_id IS NOT NULL)"
                        + " SELECT unit_id FROM up ORDER BY depth")
                .setParameter(1, unit.getId()).setParameter(2, date).getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The first unit to review a submission: the proposing unit's parent, or the proposing unit itself when it
     * grants the award type. Refused when the unit no longer exists or no unit above it grants the type.
     */
    public OrgUnit firstReviewer(OrgUnit proposing, AwardType type, LocalDate date) {
        if (!proposing.isValidOn(date)) {
            throw new BusinessException("nomination.unit.closed", proposing.getCode());
        }
        List<OrgUnit> chain = chainIds(proposing, date).stream().map(id -> em.find(OrgUnit.class, id)).toList();
        boolean granted = chain.stream().anyMatch(u -> grants(u, type));
        if (!granted) {
            throw new BusinessException("nomination.grantingLevel.unreachable", type.getNameVi(), proposing.getCode());
        }
        return grants(proposing, type) ? proposing : chain.get(1);
    }

    /**
     * The unit that proposes a dossier of {@code proposing} on {@code date}: that unit while it exists, and after it
     * was merged, the unit that took over its history (whose officers and leaders then submit, change, withdraw and
     * take back the dossier). A unit closed without an heir stays the proposer.
     */
    public OrgUnit proposerOn(OrgUnit proposing, LocalDate date) {
        return heirOn(proposing, date);
    }

    /**
     * The unit that carries on {@code unit} on {@code date}: the unit itself while it exists; once it has closed, the
     * unit that took over its history (an {@code OrgEventLink} that inherits it), followed through several mergers.
     * A unit closed without an heir carries on itself.
     */
    public OrgUnit heirOn(OrgUnit unit, LocalDate date) {
        OrgUnit heir = unit;
        for (int i = 0; i < MAX_MERGERS && closedOn(heir, date); i++) {
            List<OrgUnit> heirs = em.createQuery("select l.successor from OrgEventLink l where l.predecessor = :unit"
                    + " and l.inheritsHistory = true", OrgUnit.class).setParameter("unit", heir).getResultList();
            if (heirs.isEmpty()) {
                return heir;
            }
            heir = heirs.get(0);
        }
        return heir;
    }

    /** Whether {@code unit} has closed by {@code date} (a unit that begins later has not). */
    public static boolean closedOn(OrgUnit unit, LocalDate date) {
        return unit.getValidTo() != null && !unit.getValidTo().isAfter(date);
    }

    /** The unit above the closed {@code unit} on its last day. */
    public OrgUnit parentOnLastDay(OrgUnit unit) {
        return parent(unit, unit.getValidTo().minusDays(1));
    }

    /**
     * The unit that holds {@code nomination} after a step that moves it by {@code move} on {@code today}; a
     * submission also puts the chain above its proposer on the dossier's route.
     */
    OrgUnit holderAfter(Nomination nomination, Move move, LocalDate today) {
        OrgUnit current = nomination.getCurrentUnit();
        return switch (move) {
            case STAY -> current;
            case PROPOSER -> proposerOn(nomination.getProposingUnit(), today);
            case PARENT -> parent(current, today);
            case HEIR -> heirOn(current, today);
            case PARENT_ON_LAST_DAY -> parentOnLastDay(current);
            case FIRST_REVIEWER -> {
                OrgUnit proposer = proposerOn(nomination.getProposingUnit(), today);
                OrgUnit first = firstReviewer(proposer, nomination.getAwardType(), today);
                nomination.addRoute(chainIds(proposer, today));
                yield first;
            }
        };
    }

    /** The parent of {@code unit} on {@code date}. */
    public OrgUnit parent(OrgUnit unit, LocalDate date) {
        List<Long> chain = chainIds(unit, date);
        if (chain.size() < 2) {
            throw new BusinessException("nomination.parent.none", unit.getCode());
        }
        return em.find(OrgUnit.class, chain.get(1));
    }

    /** Whether {@code unit} is at the level that grants {@code type}. */
    public static boolean grants(OrgUnit unit, AwardType type) {
        return unit.getLevel().getId().equals(type.getGrantingLevel().getId());
    }
}
