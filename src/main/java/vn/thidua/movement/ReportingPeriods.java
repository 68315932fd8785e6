package vn.thidua.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.thidua.platform.error.BusinessException;

/** Finds reporting periods by code ("2024", "2025-H1", "2026-Q3") and lists a movement's, inside the caller's tx. */
@ApplicationScoped
public class ReportingPeriods {

    @PersistenceContext
    private EntityManager em;

    public ReportingPeriod find(String code) {
        String text = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-([HQ])([1-4]))?").matcher(text);
        if (!m.matches()) {
            throw new BusinessException("period.unknown", String.valueOf(code));
        }
        PeriodKind kind = m.group(2) == null ? PeriodKind.YEAR : "H".equals(m.group(2)) ? PeriodKind.HALF
                : PeriodKind.QUARTER;
        int seq = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return em.createQuery("select p from ReportingPeriod p where p.kind = :kind and p.year = :year and p.seq = :seq",
                        ReportingPeriod.class).setParameter("kind", kind)
                .setParameter("year", Integer.parseInt(m.group(1))).setParameter("seq", seq)
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("period.unknown", code));
    }

    /** The periods of a kind whose year lies in [from, to], in order. */
    public List<ReportingPeriod> between(PeriodKind kind, int from, int to) {
        return em.createQuery("select p from ReportingPeriod p where p.kind = :kind and p.year between :from and :to"
                        + " order by p.year, p.seq", ReportingPeriod.class)
                .setParameter("kind", kind).setParameter("from", from).setParameter("to", to).getResultList();
    }

    /**
     * Creates the missing periods of a kind for the years [from, to] (their structure day is their last day), with
     * their unit census; answers the new ones.
     */
    public List<ReportingPeriod> ensure(PeriodKind kind, int from, int to) {
        java.util.Set<String> existing = new java.util.HashSet<>();
        between(kind, from, to).forEach(p -> existing.add(p.getCode()));
        java.util.List<ReportingPeriod> created = new java.util.ArrayList<>();
        for (int year = from; year <= to; year++) {
            for (int seq = 1; seq <= kind.perYear(); seq++) {
                ReportingPeriod period = new ReportingPeriod(kind, year, seq);
                if (!existing.contains(period.getCode())) {
                    em.persist(period);
                    created.add(period);
                }
            }
        }
        if (!created.isEmpty()) {
            em.flush();
            PeriodCensus census = new PeriodCensus(em);
            created.forEach(census::rebuild);
        }
        return created;
    }

    public List<ReportingPeriod> all() {
        return em.createQuery("select p from ReportingPeriod p order by p.year, p.kind, p.seq", ReportingPeriod.class)
                .getResultList();
    }
}
