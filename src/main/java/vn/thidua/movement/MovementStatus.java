package vn.thidua.movement;

/** Draft while being prepared; active while units report; closed when the period is over. */
public enum MovementStatus {
    DRAFT, ACTIVE, CLOSED;

    public String messageKey() {
        return "movement.status." + name();
    }
}
