package vn.thidua.commendation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.thidua.organization.OrgUnitService;
import vn.thidua.organization.web.UnitLabels;
import vn.thidua.platform.time.Formats;

/** Suggestions for a unit filter: today's units in the user's scope as "Name (code)", found without diacritics. */
@Named
@RequestScoped
public class UnitSuggestions {

    private static final int SUGGESTIONS = 15;

    @Inject
    private OrgUnitService units;

    public List<String> complete(String text) {
        return units.search(text, Formats.today(), SUGGESTIONS).stream().map(UnitLabels::label).toList();
    }
}
