package vn.thidua.movement;

import java.time.LocalDate;

/** What the movement form and the API send to create or change a movement. */
public record MovementForm(String code, MovementKind kind, String name, String launchingUnitCode,
                           String participantRootCode, String decisionNumber, LocalDate decisionDate, int yearFrom,
                           int yearTo, PeriodKind periodKind, String description, MovementStatus status) {
}
