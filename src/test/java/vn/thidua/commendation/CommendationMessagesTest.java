package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.eligibility.CaseKind;
import vn.thidua.platform.i18n.Messages;

/** Every reason the workflow and the rules can give, and every state and action name, is in both languages. */
class CommendationMessagesTest {

    @Test
    void everyKeyBuiltFromAnEnumIsInBothBundles() {
        List<String> keys = new ArrayList<>();
        for (NominationState state : NominationState.values()) {
            keys.add(state.messageKey());
            keys.add("nomination.refused." + state.name());
        }
        for (NominationAction action : NominationAction.values()) {
            keys.add(action.messageKey());
            keys.add("nomination.forbidden." + action.name());
        }
        for (RecipientKind kind : RecipientKind.values()) {
            keys.add(kind.messageKey());
            keys.add("nomination.recipientKind." + kind.name());
        }
        for (CaseKind kind : CaseKind.values()) {
            keys.add("eligibility.pendingCase." + kind.name());
        }
        keys.add("nomination.forbidden.DRAFT");
        for (Locale locale : Messages.SUPPORTED) {
            ResourceBundle bundle = Messages.bundle(locale);
            assertThat(keys).as(locale.toString()).allMatch(bundle::containsKey);
        }
    }

    @Test
    void theVoteReasonShowsTheThresholdAsAPercentage() {
        FakeFacts facts = new FakeFacts();
        facts.tally = new CouncilTally(2, 5, new java.math.BigDecimal("0.5"));
        Refusal refusal = Guard.VOTE_PASSED.check(facts).orElseThrow();

        assertThat(Messages.format(Messages.VIETNAMESE, refusal.key(), refusal.arguments().toArray()))
                .isEqualTo("Chưa đạt tỷ lệ: 2 trên tổng số 5 thành viên Hội đồng đồng ý, cần từ 50% trở lên.");
    }
}
