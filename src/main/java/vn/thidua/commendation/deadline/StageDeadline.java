package vn.thidua.commendation.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;
import vn.thidua.commendation.NominationState;
import vn.thidua.platform.error.BusinessException;

/** How many days a dossier may stay in a state before the unit holding it is reminded. */
@Entity
@Table(name = "stage_deadline")
public class StageDeadline {

    /** The states a unit has to act in; public comment ends by its own deadline, drafts and final states never. */
    public static final Set<NominationState> STATES = EnumSet.of(NominationState.SUBMITTED,
            NominationState.RECEIVED, NominationState.APPRAISED, NominationState.FORWARDED,
            NominationState.COUNCIL_VOTE, NominationState.APPROVED, NominationState.RETURNED);
    static final int MAX_DAYS = 365;

    @Id
    private String state;

    @Version
    private long version;

    @Column(nullable = false)
    private int days;

    protected StageDeadline() {
    }

    public StageDeadline(NominationState state, int days) {
        if (!STATES.contains(state)) {
            throw new BusinessException("deadline.state.notAllowed", state.name());
        }
        this.state = state.name();
        change(days);
    }

    public void change(int newDays) {
        if (newDays < 1 || newDays > MAX_DAYS) {
            throw new BusinessException("deadline.days.invalid", MAX_DAYS);
        }
        this.days = newDays;
    }

    public NominationState getState() {
        return NominationState.valueOf(state);
    }

    public long getVersion() {
        return version;
    }

    public int getDays() {
        return days;
    }
}
