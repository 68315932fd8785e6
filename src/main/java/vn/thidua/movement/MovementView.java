package vn.thidua.movement;

import java.time.LocalDate;
import java.util.List;

/** A movement as pages and the API show it. */
public record MovementView(long id, long version, String code, MovementKind kind, String name,
                           String launchingUnitCode, String launchingUnitName, String participantRootCode,
                           String decisionNumber, LocalDate decisionDate, int yearFrom, int yearTo,
                           PeriodKind periodKind, String description, MovementStatus status,
                           List<IndicatorView> indicators) {

    static MovementView of(Movement m) {
        LocalDate launch = m.getLaunchingUnit().isValidOn(LocalDate.of(m.getYearFrom(), 12, 31))
                ? LocalDate.of(m.getYearFrom(), 12, 31) : m.getLaunchingUnit().getValidFrom();
        return new MovementView(m.getId(), m.getVersion(), m.getCode(), m.getKind(), m.getName(),
                m.getLaunchingUnit().getCode(), m.getLaunchingUnit().nameOn(launch), m.getParticipantRoot().getCode(),
                m.getDecisionNumber(), m.getDecisionDate(), m.getYearFrom(), m.getYearTo(), m.getPeriodKind(),
                m.getDescription(), m.getStatus(), m.getIndicators().stream().map(IndicatorView::of).toList());
    }

    /** "2019–2024", or one year. */
    public String years() {
        return yearFrom == yearTo ? String.valueOf(yearFrom) : yearFrom + "–" + yearTo;
    }
}
