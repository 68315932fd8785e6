package vn.thidua.organization.web;

import vn.thidua.organization.OrgUnitView;

/** Unit labels of the form "Name (code)" in unit fields with suggestions, and the code they carry. */
public final class UnitLabels {

    private UnitLabels() {
    }

    public static String label(OrgUnitView unit) {
        return label(unit.name(), unit.code());
    }

    public static String label(String name, String code) {
        return name + " (" + code + ")";
    }

    /** The code in a label, or the text itself when it has none (a code typed by hand). */
    public static String code(String label) {
        if (label == null) {
            return null;
        }
        int open = label.lastIndexOf('(');
        int close = label.lastIndexOf(')');
        return open >= 0 && close > open ? label.substring(open + 1, close).trim() : label.trim();
    }
}
