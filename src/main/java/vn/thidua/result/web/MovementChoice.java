package vn.thidua.result.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.PeriodKind;
import vn.thidua.platform.time.Formats;

/**
 * What the dashboard needs of a movement: its years and kind of period (the years and ranges it offers, the periods
 * of its Excel templates), the unit it was launched for, and the level at which each indicator is entered.
 */
public record MovementChoice(String code, String name, int yearFrom, int yearTo, PeriodKind periodKind,
                             String rootCode, Map<String, String> levels) implements Serializable {

    /** The 2019–2024 term of the Front's committees, the period of the seed report. */
    static final Range TERM = new Range(2019, 2024);

    /** A range of years offered as one click. */
    public record Range(int from, int to) implements Serializable {
        public String label() {
            return from == to ? String.valueOf(from) : from + "–" + to;
        }
    }

    static MovementChoice of(MovementView movement) {
        Map<String, String> levels = new HashMap<>();
        movement.indicators().forEach(i -> levels.put(i.code(), i.entryLevel()));
        return new MovementChoice(movement.code(), movement.name(), movement.yearFrom(), movement.yearTo(),
                movement.periodKind(), movement.participantRootCode(), levels);
    }

    /** The last year worth showing: this year, within the movement's years. */
    int lastYear() {
        return Math.max(yearFrom, Math.min(yearTo, Formats.today().getYear()));
    }

    List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int year = yearFrom; year <= lastYear(); year++) {
            years.add(year);
        }
        return years;
    }

    /** The whole range up to now, the 2019–2024 term when the movement covers it, and the last year alone. */
    List<Range> presets() {
        List<Range> presets = new ArrayList<>(List.of(new Range(yearFrom, lastYear())));
        if (yearFrom <= TERM.from() && lastYear() >= TERM.to() && !presets.contains(TERM)) {
            presets.add(TERM);
        }
        Range year = new Range(lastYear(), lastYear());
        if (!presets.contains(year)) {
            presets.add(year);
        }
        return presets;
    }

    /** The codes of the movement's reporting periods up to this year. */
    List<String> periodCodes() {
        List<String> codes = new ArrayList<>();
        for (int year : years()) {
            switch (periodKind) {
                case YEAR -> codes.add(String.valueOf(year));
                case HALF -> codes.addAll(List.of(year + "-H1", year + "-H2"));
                case QUARTER -> codes.addAll(List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4"));
            }
        }
        return codes;
    }
}
