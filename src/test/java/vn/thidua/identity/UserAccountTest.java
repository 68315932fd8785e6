package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.organization.OrgLevel;
import vn.thidua.organization.OrgUnit;

/** Roles are held at org units for a period. */
class UserAccountTest {

    private static final OrgLevel PROVINCE = new OrgLevel("PROVINCE", 1, "Cấp tỉnh", "Province level");
    private static final OrgLevel DISTRICT = new OrgLevel("DISTRICT", 2, "Cấp huyện", "District level");
    private static final OrgUnit QUANG_NINH =
            OrgUnit.of("22", PROVINCE, "Tỉnh Quảng Ninh", "Tỉnh", null, LocalDate.of(1963, 10, 30));
    private static final OrgUnit HA_LONG =
            OrgUnit.of("193", DISTRICT, "Thành phố Hạ Long", "Thành phố", QUANG_NINH,
                    LocalDate.of(1993, 12, 27));
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final UserAccount user = new UserAccount("halong.canbo", "Ngô Văn Bình", "hash");

    @Test
    void aNewAccountMustChangeThePasswordAnAdministratorSet() {
        assertThat(user.isMustChangePassword()).isTrue();
        user.changePassword("new-hash", true);
        assertThat(user.isMustChangePassword()).isFalse();
        user.changePassword("reset-hash", false);
        assertThat(user.isMustChangePassword()).isTrue();
    }

    @Test
    void aRoleCountsOnlyWhileItsAssignmentIsValid() {
        user.grant(Role.OFFICER, HA_LONG, LocalDate.of(2019, 1, 1), REFORM);
        assertThat(user.roleNamesOn(REFORM.minusDays(1))).containsExactly("OFFICER");
        assertThat(user.roleNamesOn(REFORM)).isEmpty();
        assertThat(user.roleNamesOn(LocalDate.of(2018, 12, 31))).isEmpty();
    }

    @Test
    void aLoginKeepsTheSecurityRolesOfEndedAssignmentsButNotOfFutureOnes() {
        user.grant(Role.OFFICER, HA_LONG, LocalDate.of(2019, 1, 1), REFORM);
        user.grant(Role.LEADER, QUANG_NINH, REFORM.plusYears(1), null);
        assertThat(user.securityRolesOn(REFORM.plusDays(1))).containsExactly("OFFICER");
        assertThat(user.securityRolesOn(REFORM.plusYears(1))).containsExactly("LEADER", "OFFICER");
        assertThat(user.roleNamesOn(REFORM.plusDays(1))).isEmpty();
    }

    @Test
    void theSameRoleAtTwoUnitsIsOneRole() {
        user.grant(Role.OFFICER, HA_LONG, LocalDate.of(2019, 1, 1), null);
        user.grant(Role.OFFICER, QUANG_NINH, LocalDate.of(2019, 1, 1), null);
        user.grant(Role.VIEWER, QUANG_NINH, LocalDate.of(2019, 1, 1), null);
        assertThat(user.roleNamesOn(REFORM)).containsExactly("OFFICER", "VIEWER");
    }

    @Test
    void thePrimaryAssignmentIsTheHighestRoleAtTheHighestUnit() {
        user.grant(Role.VIEWER, QUANG_NINH, LocalDate.of(2019, 1, 1), null);
        user.grant(Role.OFFICER, HA_LONG, LocalDate.of(2019, 1, 1), null);
        user.grant(Role.OFFICER, QUANG_NINH, LocalDate.of(2019, 1, 1), null);
        RoleAssignment primary = user.primaryAssignmentOn(REFORM).orElseThrow();
        assertThat(primary.getRole()).isEqualTo(Role.OFFICER);
        assertThat(primary.getUnit()).isSameAs(QUANG_NINH);
    }

    @Test
    void anAssignmentCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> user.grant(Role.OFFICER, HA_LONG, REFORM, REFORM))
                .isInstanceOf(IllegalArgumentException.class);
        RoleAssignment assignment = user.grant(Role.OFFICER, HA_LONG, REFORM, null);
        assertThatThrownBy(() -> assignment.endOn(REFORM.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roleConstantsNameTheRoles() {
        assertThat(new String[] {Role.ADMIN_NAME, Role.LEADER_NAME, Role.OFFICER_NAME, Role.COUNCIL_MEMBER_NAME,
                Role.VIEWER_NAME})
                .containsExactly(java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
    }
}
