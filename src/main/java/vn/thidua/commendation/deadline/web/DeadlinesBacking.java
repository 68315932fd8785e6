package vn.thidua.commendation.deadline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.deadline.StageDeadlineService;
import vn.thidua.platform.web.PageMessages;

/** The days each stage of the review chain may take before the unit holding a dossier is reminded. */
@Named
@ViewScoped
public class DeadlinesBacking implements Serializable {

    @Inject
    private StageDeadlineService deadlines;

    private List<StageDeadlineService.DeadlineView> list = List.of();
    /** The days typed per state; the input gives a number or its text, read by {@link #save}. */
    private final Map<NominationState, Object> days = new HashMap<>();

    public void load() {
        list = deadlines.list();
        days.clear();
        list.forEach(d -> days.put(d.state(), d.days()));
    }

    public void save(StageDeadlineService.DeadlineView deadline) {
        Object value = days.get(deadline.state());
        Integer given = value instanceof Number number ? Integer.valueOf(number.intValue())
                : value == null || value.toString().isBlank() ? null : Integer.valueOf(value.toString().trim());
        deadlines.change(deadline.state().name(), deadline.version(), given);
        load();
        PageMessages.info("deadlines.saved");
    }

    public List<StageDeadlineService.DeadlineView> getList() {
        return list;
    }

    public Map<NominationState, Object> getDays() {
        return days;
    }
}
