package vn.thidua.commendation.web;

import java.io.Serializable;
import vn.thidua.commendation.Gender;
import vn.thidua.commendation.NomineeSummary;

/**
 * Who a nominee is, as typed in a form: the name, and for a person the birth year, gender, job title and whether
 * they have died. The draft form fills it for a new nominee, the nominee's page to correct a record.
 */
public class NomineeFields implements Serializable {

    private String name;
    private Integer birthYear;
    private Gender gender;
    private String jobTitle;
    private boolean deceased;

    /** The form filled in with what the record says now. */
    void fill(NomineeSummary nominee) {
        name = nominee.name();
        birthYear = nominee.birthYear();
        gender = nominee.gender();
        jobTitle = nominee.jobTitle();
        deceased = nominee.deceased();
    }

    /** The gender's code, or null when none is chosen. */
    String genderCode() {
        return gender == null ? null : gender.name();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public boolean isDeceased() {
        return deceased;
    }

    public void setDeceased(boolean deceased) {
        this.deceased = deceased;
    }
}
