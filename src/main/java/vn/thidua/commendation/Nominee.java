package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;
import vn.thidua.platform.text.SearchText;
import vn.thidua.platform.time.Formats;

/**
 * A person, collective or household that can be nominated: a record of its own, so that its award history stays
 * one history when its unit merges. {@code homeUnit} is where it was recorded, not part of its identity. Birth year,
 * gender and job title belong to people only.
 */
@Entity
@Table(name = "nominee")
public class Nominee extends BaseEntity {

    static final int NAME_LENGTH = 300;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_search", nullable = false)
    private String nameSearch;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Column(name = "job_title")
    private String jobTitle;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "home_unit_id")
    private OrgUnit homeUnit;

    @Column(nullable = false)
    private boolean deceased;

    @Column(nullable = false)
    private boolean demo;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Nominee() {
    }

    public Nominee(RecipientKind kind, String name, OrgUnit homeUnit, String user) {
        this.kind = Objects.requireNonNull(kind);
        this.homeUnit = Objects.requireNonNull(homeUnit);
        rename(name);
        this.createdAt = Instant.now();
        this.createdBy = user;
    }

    /** Birth year, gender and job title of a person; refused for a collective or household. */
    public Nominee person(Integer birthYear, Gender gender, String jobTitle) {
        String title = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
        if (kind != RecipientKind.INDIVIDUAL && (birthYear != null || gender != null || title != null)) {
            throw new BusinessException("nominee.personalData.notPerson");
        }
        if (birthYear != null && (birthYear < 1900 || birthYear > Formats.today().getYear())) {
            throw new BusinessException("nominee.birthYear.invalid", String.valueOf(birthYear));
        }
        if (title != null && title.length() > NAME_LENGTH) {
            throw new BusinessException("nominee.jobTitle.tooLong", NAME_LENGTH);
        }
        this.birthYear = birthYear;
        this.gender = gender;
        this.jobTitle = title;
        return this;
    }

    /** Whether the person has died; refused for a collective or household. */
    public void markDeceased(boolean deceased) {
        if (deceased && kind != RecipientKind.INDIVIDUAL) {
            throw new BusinessException("nominee.personalData.notPerson");
        }
        this.deceased = deceased;
    }

    /**
     * Corrects the record, all of it at once: the name, and for a person the birth year, gender, job title and
     * whether they have died. Its kind, unit and history stay.
     */
    public void correct(String newName, Integer birthYear, Gender gender, String jobTitle, boolean deceased) {
        rename(newName);
        person(birthYear, gender, jobTitle);
        markDeceased(deceased);
    }

    /** The record in one line, for the audit log. */
    public String describe() {
        return name + " | " + kind + (birthYear == null ? "" : " | " + birthYear)
                + (gender == null ? "" : " | " + gender) + (jobTitle == null ? "" : " | " + jobTitle)
                + (deceased ? " | DECEASED" : "");
    }

    public void markDemo() {
        this.demo = true;
    }

    private void rename(String newName) {
        String cleaned = newName == null ? "" : newName.trim().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw new BusinessException("nominee.name.required");
        }
        if (cleaned.length() > NAME_LENGTH) {
            throw new BusinessException("nominee.name.tooLong", NAME_LENGTH);
        }
        this.name = cleaned;
        this.nameSearch = SearchText.normalize(cleaned);
    }

    public RecipientKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getNameSearch() {
        return nameSearch;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public Gender getGender() {
        return gender;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public OrgUnit getHomeUnit() {
        return homeUnit;
    }

    public boolean isDeceased() {
        return deceased;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
