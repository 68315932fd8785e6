package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.organization.OrgLevel;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;

/** A nominee's record corrected: all it says replaced at once, within what a person or a collective can hold. */
class NomineeTest {

    private static final OrgUnit WARD = OrgUnit.of("06652", new OrgLevel("COMMUNE", 3, "Cấp xã", "Commune"),
            "Phường Hà Tu", "Phường", null, LocalDate.of(2025, 7, 1));

    @Test
    void aCorrectedPersonIsFoundByTheNewNameAndMarkedAsDeceased() {
        Nominee person = new Nominee(RecipientKind.INDIVIDUAL, "Nguyễn Văn Sủa", WARD, "xa1.canbo")
                .person(1970, Gender.MALE, "Trưởng ban");

        person.correct("  Nguyễn   Văn Sửa ", 1969, null, " ", true);

        assertThat(person.getName()).isEqualTo("Nguyễn Văn Sửa");
        assertThat(person.getNameSearch()).isEqualTo("nguyen van sua");
        assertThat(person.getBirthYear()).isEqualTo(1969);
        assertThat(person.getGender()).isNull();
        assertThat(person.getJobTitle()).isNull();
        assertThat(person.isDeceased()).isTrue();
        assertThat(person.describe()).isEqualTo("Nguyễn Văn Sửa | INDIVIDUAL | 1969 | DECEASED");
    }

    @Test
    void aCollectiveHoldsNoPersonalDataAndDoesNotDie() {
        Nominee collective = new Nominee(RecipientKind.COLLECTIVE, "Khu phố 5", WARD, "xa1.canbo");

        assertThatThrownBy(() -> collective.correct("Khu phố 5", null, null, null, true))
                .isInstanceOf(BusinessException.class).hasMessage("nominee.personalData.notPerson");
        assertThatThrownBy(() -> collective.correct("Khu phố 5", 1990, null, null, false))
                .isInstanceOf(BusinessException.class).hasMessage("nominee.personalData.notPerson");
        collective.correct("Ban công tác Mặt trận khu phố 5", null, null, null, false);
        assertThat(collective.getName()).isEqualTo("Ban công tác Mặt trận khu phố 5");
    }

    @Test
    void aNameIsRequired() {
        Nominee person = new Nominee(RecipientKind.INDIVIDUAL, "Lê Văn Bình", WARD, "xa1.canbo");

        assertThatThrownBy(() -> person.correct(" ", null, null, null, false))
                .isInstanceOf(BusinessException.class).hasMessage("nominee.name.required");
        assertThat(person.getName()).isEqualTo("Lê Văn Bình");
    }
}
