package vn.thidua.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.commendation.registry.AwardStatisticsQueries;
import vn.thidua.movement.Movement;
import vn.thidua.movement.Movements;
import vn.thidua.organization.OrgUnit;
import vn.thidua.result.Discipline;
import vn.thidua.result.UnitRollups;

/**
 * Computes a review's figures for a unit and a span of years, read on the unit's day: each movement the unit takes
 * part in ({@link Movements#takingPart}), rolled up to the unit's children of that day ({@link UnitRollups}), and the
 * commendations of the unit's family. No scope check: {@link ReviewService} checks the review's unit before asking,
 * and the demo loader, which freezes the demo review it approves, acts for the system.
 */
@ApplicationScoped
public class ReviewCalculation {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Movements movements;

    @Inject
    private UnitRollups unitRollups;

    public ReviewFigures of(OrgUnit unit, int from, int to) {
        LocalDate on = Reviews.dateOf(unit);
        List<ReviewTables.MovementTable> tables = new ArrayList<>();
        List<Discipline> discipline = new ArrayList<>();
        for (Movement movement : movements.takingPart(unit.getId(), from, to)) {
            unitRollups.of(movement.getCode(), unit, on, from, to).ifPresent(d -> {
                tables.add(MovementTables.of(movement.getName(), d.total(), d.children()));
                discipline.add(d.discipline());
            });
        }
        return new ReviewFigures(unit.nameOn(on), List.copyOf(tables),
                AwardTables.of(new AwardStatisticsQueries(em).of(unit.getId(), from, to), from, to),
                List.copyOf(discipline));
    }

    /** The figures of an approved review as frozen at its approval, else computed now. */
    ReviewFigures of(TermReview review) {
        return review.frozen().orElseGet(() -> of(review.getUnit(), review.getYearFrom(), review.getYearTo()));
    }
}
