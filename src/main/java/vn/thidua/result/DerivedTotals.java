package vn.thidua.result;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import vn.thidua.movement.Movement;
import vn.thidua.movement.PeriodCensus;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.movement.ResultsVersion;
import vn.thidua.organization.StructureChanged;

/**
 * Keeps what is derived from the tree of a date: the census of every period (built at start when missing) and,
 * after a restructuring, the census and roll-up totals of the periods whose as_of it reaches.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class DerivedTotals {

    private static final Logger LOG = Logger.getLogger(DerivedTotals.class.getName());

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void buildMissingCensus() {
        int count = new PeriodCensus(em).buildMissing();
        LOG.info(() -> "Unit census built for " + count + " reporting periods");
    }

    /** Recomputes after a restructuring effective {@code from}: inside the same transaction. */
    public void onStructureChanged(@Observes StructureChanged change) {
        em.flush();
        ResultsVersion.allChanged(em);
        ResultTotals totals = new ResultTotals(em);
        List<ReportingPeriod> periods = em.createQuery("select p from ReportingPeriod p where p.asOf >= :from",
                ReportingPeriod.class).setParameter("from", change.from()).getResultList();
        List<Movement> movements = em.createQuery("select m from Movement m", Movement.class).getResultList();
        for (ReportingPeriod period : periods) {
            new PeriodCensus(em).rebuild(period);
            for (Movement movement : movements) {
                if (movement.covers(period)) {
                    totals.rebuild(movement.getId(), period.getId(), period.getAsOf());
                }
            }
        }
    }
}
