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

    /** What a period code says: its kind, year and number in the year. */
    public record Code(PeriodKind kind, int year, int seq) {
    }

    public ReportingPeriod find(String code) {
        Code parsed = parse(code);
        return em.createQuery("select p from ReportingPeriod p where p.kind = :kind and p.year = :year and p.seq = :seq",
                        ReportingPeriod.class).setParameter("kind", parsed.kind())
                .setParameter("year", parsed.year()).setParameter("seq", parsed.seq())
                .getResultStream().findFirst().orElseThrow(() -> new BusinessException("period.unknown", code));
    }

    /** Reads "2024", "2025-H1" or "2026-Q3"; refuses anything else. */
    public static Code parse(String code) {
        String text = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})(?:-([HQ])([1-4]))?").matcher(text);
        if (!m.matches() || "H".equals(m.group(2)) && Integer.parseInt(m.group(3)) > 2) {
            throw new BusinessException("period.unknown", String.valueOf(code));
        }
        PeriodKind kind = m.group(2) == null ? PeriodKind.YEAR : "H".equals(m.group(2)) ? PeriodKind.HALF
                : PeriodKind.QUARTER;
        return new Code(kind, Integer.parseInt(m.group(1)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
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
