package vn.thidua.organization;

import java.util.Objects;

/** What a restructuring creates: a unit's code, level, name, type and parent. */
public record NewUnit(String code, OrgLevel level, String name, String type, OrgUnit parent) {

    public NewUnit {
        Objects.requireNonNull(code);
        Objects.requireNonNull(level);
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
