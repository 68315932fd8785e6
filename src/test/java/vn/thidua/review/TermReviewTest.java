package vn.thidua.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.registry.AwardStatistics;
import vn.thidua.organization.OrgLevel;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.error.BusinessException;
import vn.thidua.platform.i18n.Messages;

/**
 * A review's approval, as for the other documents: complete, by a leader who wrote no section last; its figures kept
 * as approved; and reopening.
 */
class TermReviewTest {

    private static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");

    @Test
    void approvalWaitsForEverySectionAndNamesTheMissingOnesInTheReadersLanguage() {
        TermReview review = draft();
        review.write(ReviewSection.ACHIEVEMENTS, "Kết quả.", "canbo", NOW);
        review.write(ReviewSection.LESSONS, "Bài học.", "canbo", NOW);
        BusinessException refused = refusal(() -> review.approve("lanhdao", NOW));
        assertThat(refused.getMessageKey()).isEqualTo("review.approve.sectionsMissing");
        assertThat(Messages.format(Messages.VIETNAMESE, refused.getMessageKey(), refused.getArguments()))
                .contains("Tồn tại, hạn chế và nguyên nhân, Phương hướng, nhiệm vụ giai đoạn tới")
                .doesNotContain("Bài học kinh nghiệm");
        assertThat(Messages.format(Messages.ENGLISH, refused.getMessageKey(), refused.getArguments()))
                .startsWith("The review cannot be approved yet");
        assertThat(review.getState()).isEqualTo(ReviewState.DRAFT);
    }

    @Test
    void aSectionClearedAgainIsMissingAgain() {
        TermReview review = complete("canbo");
        review.write(ReviewSection.DIRECTIONS, "   ", "canbo", NOW);
        assertThat(refusal(() -> review.approve("lanhdao", NOW)).getMessageKey())
                .isEqualTo("review.approve.sectionsMissing");
    }

    @Test
    void whoWroteASectionLastDoesNotApprove() {
        TermReview review = complete("canbo");
        review.write(ReviewSection.SHORTCOMINGS, "Tồn tại, do lãnh đạo viết.", "lanhdao", NOW);
        BusinessException refused = refusal(() -> review.approve("lanhdao", NOW));
        assertThat(refused.getMessageKey()).isEqualTo("review.approve.separationOfDuties");
        assertThat(Messages.format(Messages.ENGLISH, refused.getMessageKey(), refused.getArguments()))
                .contains("Shortcomings").doesNotContain("Lessons");
        review.write(ReviewSection.SHORTCOMINGS, "Tồn tại, cán bộ viết lại.", "canbo", NOW);
        review.approve("lanhdao", NOW);
        assertThat(review.getState()).isEqualTo(ReviewState.APPROVED);
        assertThat(review.getApprovedBy()).isEqualTo("lanhdao");
    }

    @Test
    void aLeaderReopensAnApprovedReviewWithAReasonAndItIsADraftAgain() {
        TermReview review = complete("canbo");
        assertThat(refusal(() -> review.reopen("Sửa.", "lanhdao", NOW)).getMessageKey())
                .as("a draft is not reopened").isEqualTo("review.reopen.notApproved");
        review.approve("lanhdao", NOW);
        assertThat(refusal(() -> review.reopen("  ", "lanhdao", NOW)).getMessageKey())
                .isEqualTo("review.reopen.reasonRequired");
        assertThat(refusal(() -> review.reopen("x".repeat(TermReview.MAX_REASON_LENGTH + 1), "lanhdao", NOW))
                .getMessageKey()).isEqualTo("review.reopen.reasonTooLong");
        review.reopen("Bổ sung số liệu.", "lanhdao", NOW);
        assertThat(review.getState()).isEqualTo(ReviewState.DRAFT);
        assertThat(review.getApprovedBy()).isNull();
        assertThat(review.getApprovedAt()).isNull();
        review.write(ReviewSection.LESSONS, "Sửa lại.", "canbo", NOW);
        review.approve("lanhdao", NOW);
        assertThat(review.getState()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void anApprovedReviewKeepsItsFiguresUntilReopened() {
        TermReview review = complete("canbo");
        ReviewFigures figures = new ReviewFigures("Tỉnh Quảng Ninh", List.of(),
                AwardTables.of(new AwardStatistics(List.of(), List.of()), 2019, 2024), List.of());
        assertThatThrownBy(() -> review.freeze(figures))
                .as("a draft's figures are computed when read").isInstanceOf(IllegalStateException.class);
        review.approve("lanhdao", NOW);
        review.freeze(figures);
        assertThat(review.frozen()).contains(figures);
        review.reopen("Sửa số liệu.", "lanhdao", NOW);
        assertThat(review.frozen()).as("computed again until approved again").isEmpty();
    }

    private static TermReview complete(String by) {
        TermReview review = draft();
        for (ReviewSection section : ReviewSection.values()) {
            review.write(section, "Nội dung " + section, by, NOW);
        }
        return review;
    }

    private static TermReview draft() {
        OrgUnit province = OrgUnit.of("22", new OrgLevel("PROVINCE", 1, "Cấp tỉnh", "Province"), "Tỉnh Quảng Ninh",
                "Tỉnh", null, LocalDate.of(2019, 1, 1));
        return new TermReview(province, 2019, 2024, "canbo", NOW);
    }

    private static BusinessException refusal(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
