package vn.thidua.commendation.council;

/** A council session takes votes while OPEN; closing it fixes the result of every item on its agenda. */
public enum SessionStatus {
    OPEN, CLOSED;

    public String messageKey() {
        return "council.session.status." + name();
    }
}
