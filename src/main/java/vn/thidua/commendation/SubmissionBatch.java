package vn.thidua.commendation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.persistence.BaseEntity;
import vn.thidua.platform.persistence.InstantConverter;
import vn.thidua.platform.time.Formats;

/**
 * A submission batch: the cover letter (tờ trình: number, date, text) with which a unit sends nominations to the
 * level above, and the nominations it sends. It is put together and changed until it is sent; sending it takes each
 * nomination's step through the review chain, and from then on the batch is a record that does not change.
 */
@Entity
@Table(name = "submission_batch")
public class SubmissionBatch extends BaseEntity {

    static final int NUMBER_LENGTH = 60;
    static final int LETTER_LENGTH = 8000;
    static final int MAX_ITEMS = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_unit_id")
    private OrgUnit fromUnit;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_unit_id")
    private OrgUnit toUnit;

    @Column(name = "letter_number")
    private String letterNumber;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    @Column(name = "cover_letter")
    private String coverLetter;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "submission_batch_item", joinColumns = @JoinColumn(name = "batch_id"),
            inverseJoinColumns = @JoinColumn(name = "nomination_id"))
    @OrderBy("id")
    private List<Nomination> nominations = new ArrayList<>();

    protected SubmissionBatch() {
    }

    SubmissionBatch(OrgUnit fromUnit, OrgUnit toUnit, String user) {
        this.fromUnit = Objects.requireNonNull(fromUnit);
        this.toUnit = Objects.requireNonNull(toUnit);
        this.createdAt = Instant.now();
        this.createdBy = user;
    }

    /** Sets the cover letter; each part may stay empty until the batch is sent. */
    void write(String number, LocalDate date, String text) {
        requireOpen();
        String cleanNumber = clean(number);
        String cleanText = clean(text);
        if (cleanNumber != null && cleanNumber.length() > NUMBER_LENGTH) {
            throw new BusinessException("batch.number.tooLong", NUMBER_LENGTH);
        }
        if (cleanText != null && cleanText.length() > LETTER_LENGTH) {
            throw new BusinessException("batch.letter.tooLong", LETTER_LENGTH);
        }
        if (date != null && date.isAfter(Formats.today())) {
            throw new BusinessException("batch.date.future");
        }
        this.letterNumber = cleanNumber;
        this.letterDate = date;
        this.coverLetter = cleanText;
    }

    void add(Nomination nomination) {
        requireOpen();
        if (!nominations.contains(nomination)) {
            if (nominations.size() >= MAX_ITEMS) {
                throw new BusinessException("batch.tooMany", MAX_ITEMS);
            }
            nominations.add(nomination);
        }
    }

    void remove(Nomination nomination) {
        requireOpen();
        nominations.remove(nomination);
    }

    /** Marks the batch sent; refused while its letter is incomplete or it is empty. */
    void markSent(Instant at) {
        requireOpen();
        if (letterNumber == null || letterDate == null || coverLetter == null) {
            throw new BusinessException("batch.letter.incomplete");
        }
        if (nominations.isEmpty()) {
            throw new BusinessException("batch.empty");
        }
        sentAt = at;
    }

    boolean isSent() {
        return sentAt != null;
    }

    private void requireOpen() {
        if (isSent()) {
            throw new BusinessException("batch.sent");
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public OrgUnit getFromUnit() {
        return fromUnit;
    }

    public OrgUnit getToUnit() {
        return toUnit;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public String getCoverLetter() {
        return coverLetter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public List<Nomination> getNominations() {
        return List.copyOf(nominations);
    }
}
