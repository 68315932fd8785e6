package vn.thidua.commendation.eligibility;

/** What is open about a nominee: a disciplinary matter, an inspection or a complaint. */
public enum CaseKind {
    DISCIPLINE, INSPECTION, COMPLAINT
}
