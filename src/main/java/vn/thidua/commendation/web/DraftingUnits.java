package vn.thidua.commendation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.model.SelectItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.NominationWorkflow;
import vn.thidua.identity.AccountService;
import vn.thidua.identity.Role;

/** The units the caller may propose and send nominations for: where they are an officer or leader today. */
@Named
@RequestScoped
public class DraftingUnits {

    @Inject
    private AccountService accounts;

    private List<SelectItem> choices;

    public List<SelectItem> getChoices() {
        if (choices == null) {
            Map<String, String> units = new LinkedHashMap<>();
            accounts.currentProfile().roles().stream()
                    .filter(r -> NominationWorkflow.DRAFTERS.contains(Role.valueOf(r.role())))
                    .forEach(r -> units.putIfAbsent(r.unitCode(), r.unitName()));
            choices = units.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
        }
        return choices;
    }

    /** The only unit, when there is exactly one (the form then need not ask). */
    public String getOnly() {
        return getChoices().size() == 1 ? (String) getChoices().get(0).getValue() : null;
    }
}
