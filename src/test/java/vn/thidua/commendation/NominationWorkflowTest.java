package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.commendation.NominationAction.APPRAISE;
import static vn.thidua.commendation.NominationAction.APPROVE;
import static vn.thidua.commendation.NominationAction.DECIDE;
import static vn.thidua.commendation.NominationAction.FORWARD;
import static vn.thidua.commendation.NominationAction.PUBLISH;
import static vn.thidua.commendation.NominationAction.RECEIVE;
import static vn.thidua.commendation.NominationAction.SEND_TO_COUNCIL;
import static vn.thidua.commendation.NominationAction.SUBMIT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.identity.Role;

/** The transition table as a specification: every row allowed, everything else refused with a reason. */
class NominationWorkflowTest {

    private static final Map<Guard, String> GUARD_REASONS = Map.ofEntries(
            Map.entry(Guard.COMPLETE, "nomination.guard.incomplete"),
            Map.entry(Guard.ELIGIBLE, "eligibility.onceOnly"),
            Map.entry(Guard.REASON_GIVEN, "nomination.guard.reasonRequired"),
            Map.entry(Guard.COUNCIL_VOTES, "nomination.guard.noCouncilVote"),
            Map.entry(Guard.NO_COUNCIL_VOTE, "nomination.guard.councilVoteFirst"),
            Map.entry(Guard.PUBLIC_COMMENT, "nomination.guard.noPublicComment"),
            Map.entry(Guard.NO_PUBLIC_COMMENT, "nomination.guard.publicCommentFirst"),
            Map.entry(Guard.VOTE_PASSED, "nomination.guard.voteNotPassed"),
            Map.entry(Guard.COMMENT_CLOSED, "nomination.guard.commentOpen"),
            Map.entry(Guard.NOT_DRAFTER, "nomination.guard.separationOfDuties"),
            Map.entry(Guard.NOT_IN_OPEN_SESSION, "nomination.guard.inOpenSession"),
            Map.entry(Guard.HOLDER_CLOSED, "nomination.guard.holderOpen"),
            Map.entry(Guard.HEIR, "nomination.guard.noHeir"),
            Map.entry(Guard.NO_HEIR, "nomination.guard.heir"));

    static Stream<Arguments> rows() {
        return NominationWorkflow.TABLE.stream().map(row -> Arguments.of(row.from(), row.action(), row));
    }

    /** Each role of the row, held where the row says, with every guard holding (no role: the application's row). */
    static Stream<Arguments> allowed() {
        return NominationWorkflow.TABLE.stream().flatMap(row -> callers(row).flatMap(role -> {
            List<Boolean> levels = row.relation() == Relation.HOLDER ? List.of(false, true)
                    : List.of(row.relation() == Relation.GRANTOR);
            return levels.stream().map(granting -> Arguments.of(row.from(), row.action(), role, granting, row));
        }));
    }

    static Stream<Arguments> disallowedPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (NominationState state : NominationState.values()) {
            for (NominationAction action : NominationAction.values()) {
                if (NominationWorkflow.find(state, action).isEmpty()) {
                    pairs.add(Arguments.of(state, action));
                }
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> wrongRoles() {
        return NominationWorkflow.TABLE.stream().flatMap(row -> EnumSet.allOf(Role.class).stream()
                .filter(role -> !row.roles().contains(role)).map(role -> Arguments.of(row.from(), row.action(), role, row)));
    }

    /** The roles a row is for; the application's own rows (no role) are taken by no user, only by the system. */
    private static Stream<Role> callers(NominationWorkflow.Row row) {
        return row.relation() == Relation.SYSTEM ? Stream.of((Role) null) : row.roles().stream();
    }

    static Stream<Arguments> failingGuards() {
        return NominationWorkflow.TABLE.stream().flatMap(row -> row.guards().stream()
                .map(guard -> Arguments.of(row.from(), row.action(), guard, row)));
    }

    @ParameterizedTest(name = "{0} + {1} by {2} (at granting unit: {3})")
    @MethodSource("allowed")
    void everyRowIsAllowedToItsRolesWhereItsRelationHoldsAndItsGuardsPass(NominationState state,
            NominationAction action, Role role, boolean granting, NominationWorkflow.Row row) {
        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(state, action, passing(row, role, granting));

        assertThat(verdict.refusal()).isNull();
        assertThat(verdict.row().to()).isEqualTo(row.to());
        assertThat(verdict.row().move()).isEqualTo(row.move());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("disallowedPairs")
    void everyOtherStateAndActionIsRefusedWithTheReasonOfTheState(NominationState state, NominationAction action) {
        FakeFacts everything = new FakeFacts().proposer(Role.values()).holder(Role.values()).granting(true);

        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(state, action, everything);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.refusal().key()).isEqualTo("nomination.refused." + state.name());
        assertThat(verdict.refusal().forbidden()).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} refused to {2}")
    @MethodSource("wrongRoles")
    void aRowRefusesOtherRolesAsForbidden(NominationState state, NominationAction action, Role role,
                                         NominationWorkflow.Row row) {
        FakeFacts facts = row.relation() == Relation.SYSTEM
                ? new FakeFacts().proposer(role).holder(role).granting(true)
                : passing(row, role, row.relation() == Relation.GRANTOR);

        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(state, action, facts);

        assertThat(verdict.refusal().key()).isEqualTo("nomination.forbidden." + action.name());
        assertThat(verdict.refusal().forbidden()).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("rows")
    void aRowRefusesItsRolesHeldInTheWrongPlace(NominationState state, NominationAction action,
                                               NominationWorkflow.Row row) {
        Role role = row.roles().stream().findFirst().orElse(Role.LEADER);
        FakeFacts elsewhere = switch (row.relation()) {
            case PROPOSER -> new FakeFacts().holder(role).granting(true);
            case HOLDER -> new FakeFacts().proposer(role);
            case BELOW_GRANTING -> passing(row, role, true);
            case GRANTOR -> passing(row, role, false);
            case SYSTEM -> new FakeFacts().proposer(Role.values()).holder(Role.values()).granting(true);
        };

        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(state, action, elsewhere);

        assertThat(verdict.refusal().key()).isEqualTo("nomination.forbidden." + action.name());
    }

    @ParameterizedTest(name = "{0} + {1} without {2}")
    @MethodSource("failingGuards")
    void aRowIsRefusedWithItsGuardsReasonWhenTheGuardFails(NominationState state, NominationAction action,
                                                           Guard guard, NominationWorkflow.Row row) {
        Role role = callers(row).toList().get(0);
        FakeFacts facts = failing(passing(row, role, row.relation() == Relation.GRANTOR), guard);

        NominationWorkflow.Verdict verdict = NominationWorkflow.decide(state, action, facts);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.refusal().key()).isEqualTo(GUARD_REASONS.get(guard));
        assertThat(verdict.refusal().forbidden()).isFalse();
    }

    @Test
    void theTableHasAtMostOneRowPerStateAndAction() {
        assertThat(NominationWorkflow.TABLE.stream().map(r -> r.from() + " " + r.action()))
                .doesNotHaveDuplicates();
    }

    @Test
    void nothingLeavesAFinalStateAndEverythingElseCanBeWithdrawnByTheProposer() {
        for (NominationState state : NominationState.values()) {
            boolean withdrawable = NominationWorkflow.find(state, NominationAction.WITHDRAW)
                    .filter(r -> r.relation() == Relation.PROPOSER).isPresent();
            if (state.isFinal()) {
                assertThat(NominationWorkflow.TABLE).noneMatch(r -> r.from() == state);
            } else {
                assertThat(withdrawable).as(state.name()).isTrue();
            }
        }
    }

    @Test
    void approvingAndDecidingAlwaysKeepTheDrafterOut() {
        assertThat(NominationWorkflow.TABLE).filteredOn(r -> r.from() != r.to() && (r.to() == NominationState.APPROVED
                        || r.to() == NominationState.DECIDED))
                .isNotEmpty().allMatch(r -> r.guards().contains(Guard.NOT_DRAFTER));
    }

    @Test
    void eligibilityIsCheckedOnSubmissionAndBeforeTheDecision() {
        assertThat(NominationWorkflow.TABLE).filteredOn(r -> r.guards().contains(Guard.ELIGIBLE))
                .extracting(NominationWorkflow.Row::action).containsOnly(SUBMIT, DECIDE);
        assertThat(NominationWorkflow.find(NominationState.APPROVED, DECIDE).orElseThrow().guards())
                .contains(Guard.ELIGIBLE);
    }

    @Test
    void returnAndRejectNeedAReasonAndAReturnGoesBackToTheProposer() {
        assertThat(NominationWorkflow.TABLE).filteredOn(r -> r.action() == NominationAction.RETURN
                        || r.action() == NominationAction.REJECT)
                .isNotEmpty().allMatch(r -> r.guards().contains(Guard.REASON_GIVEN));
        assertThat(NominationWorkflow.TABLE).filteredOn(r -> r.action() == NominationAction.RETURN)
                .allMatch(r -> r.move() == Move.PROPOSER && r.to() == NominationState.RETURNED);
        assertThat(NominationWorkflow.find(NominationState.RETURNED, SUBMIT).orElseThrow().move())
                .isEqualTo(Move.FIRST_REVIEWER);
    }

    @Test
    void aDossierBeforeTheCouncilIsReturnedByAGrantingLeaderWithAReasonAndNotWhileASessionHasIt() {
        NominationWorkflow.Row row = NominationWorkflow.find(NominationState.COUNCIL_VOTE, NominationAction.RETURN)
                .orElseThrow();
        FakeFacts leader = new FakeFacts().holder(Role.LEADER).granting(true).type(true, false);
        FakeFacts officer = new FakeFacts().holder(Role.OFFICER).granting(true).type(true, false);

        assertThat(row.roles()).containsExactly(Role.LEADER);
        assertThat(row.relation()).isEqualTo(Relation.GRANTOR);
        assertThat(row.to()).isEqualTo(NominationState.RETURNED);
        assertThat(row.move()).isEqualTo(Move.PROPOSER);
        assertThat(NominationWorkflow.decide(NominationState.COUNCIL_VOTE, NominationAction.RETURN, leader).allowed())
                .isTrue();
        assertThat(NominationWorkflow.decide(NominationState.COUNCIL_VOTE, NominationAction.RETURN, officer)
                .refusal().forbidden()).isTrue();
        leader.openSession = "Phiên họp tháng 11";
        Refusal inSession = NominationWorkflow.decide(NominationState.COUNCIL_VOTE, NominationAction.RETURN, leader)
                .refusal();
        assertThat(inSession.key()).isEqualTo("nomination.guard.inOpenSession");
        assertThat(inSession.arguments()).containsExactly("Phiên họp tháng 11");
        assertThat(walk(true, false, SUBMIT, RECEIVE, APPRAISE, FORWARD, RECEIVE, APPRAISE, SEND_TO_COUNCIL,
                NominationAction.RETURN, SUBMIT)).endsWith("COUNCIL_VOTE", "RETURNED", "SUBMITTED");
    }

    @Test
    void aCommuneDossierClimbsToTheProvinceThroughTheCouncilAndPublicComment() {
        assertThat(walk(true, true, SUBMIT, RECEIVE, APPRAISE, FORWARD, RECEIVE, APPRAISE, SEND_TO_COUNCIL, PUBLISH,
                APPROVE, DECIDE)).containsExactly("SUBMITTED", "RECEIVED", "APPRAISED", "FORWARDED", "RECEIVED",
                "APPRAISED", "COUNCIL_VOTE", "PUBLIC_COMMENT", "APPROVED", "DECIDED");
    }

    @Test
    void withoutCouncilOrCommentTheGrantingLeaderApprovesAfterAppraisal() {
        assertThat(walk(false, false, SUBMIT, RECEIVE, APPRAISE, FORWARD, RECEIVE, APPRAISE, APPROVE, DECIDE))
                .endsWith("APPRAISED", "APPROVED", "DECIDED");
        assertThat(walk(false, true, SUBMIT, RECEIVE, APPRAISE, FORWARD, RECEIVE, APPRAISE, PUBLISH, APPROVE, DECIDE))
                .endsWith("PUBLIC_COMMENT", "APPROVED", "DECIDED");
    }

    @Test
    void aTypeThatTheCouncilVotesOnCannotBeApprovedOrPublishedStraightAfterAppraisal() {
        FakeFacts leader = new FakeFacts().holder(Role.LEADER).granting(true).type(true, false);

        assertThat(NominationWorkflow.decide(NominationState.APPRAISED, APPROVE, leader).refusal().key())
                .isEqualTo("nomination.guard.councilVoteFirst");
        assertThat(NominationWorkflow.decide(NominationState.APPRAISED, PUBLISH, leader).refusal().key())
                .isEqualTo("nomination.guard.councilVoteFirst");
    }

    @Test
    void theCommentPeriodMustHaveEndedBeforeApproval() {
        FakeFacts leader = new FakeFacts().holder(Role.LEADER).granting(true).type(false, true);
        leader.commentUntil = FakeFacts.NOW.plus(Duration.ofMinutes(1));
        assertThat(NominationWorkflow.decide(NominationState.PUBLIC_COMMENT, APPROVE, leader).allowed()).isFalse();

        leader.commentUntil = FakeFacts.NOW;
        assertThat(NominationWorkflow.decide(NominationState.PUBLIC_COMMENT, APPROVE, leader).allowed()).isTrue();
    }

    @Test
    void theApplicationClosesAnEndedCommentPeriodAndNobodyElseCan() {
        FakeFacts application = new FakeFacts().type(true, true);
        application.system = true;
        FakeFacts everybody = new FakeFacts().proposer(Role.values()).holder(Role.values()).granting(true)
                .type(true, true);

        assertThat(NominationWorkflow.decide(NominationState.PUBLIC_COMMENT, NominationAction.CLOSE_COMMENT,
                application).row().to()).isEqualTo(NominationState.APPROVED);
        assertThat(NominationWorkflow.decide(NominationState.PUBLIC_COMMENT, NominationAction.CLOSE_COMMENT,
                everybody).refusal().forbidden()).isTrue();
        application.commentUntil = FakeFacts.NOW.plus(Duration.ofSeconds(1));
        assertThat(NominationWorkflow.decide(NominationState.PUBLIC_COMMENT, NominationAction.CLOSE_COMMENT,
                application).refusal().key()).isEqualTo("nomination.guard.commentOpen");
        application.commentUntil = FakeFacts.NOW.minus(Duration.ofDays(1));
        for (NominationState state : NominationState.values()) {
            assertThat(NominationWorkflow.offered(state, everybody)).doesNotContain(NominationAction.CLOSE_COMMENT);
            for (NominationAction action : NominationAction.values()) {
                if (action != NominationAction.CLOSE_COMMENT) {
                    assertThat(NominationWorkflow.decide(state, action, application).allowed())
                            .as(state + " " + action).isFalse();
                }
            }
        }
    }

    @Test
    void aDossierHeldByAMergedUnitIsTakenOverByItsHeirInTheSameStateWhereverItIsOnItsWay() {
        FakeFacts application = new FakeFacts();
        application.system = true;
        application.holderClosed = true;
        application.holderHasHeir = true;
        Set<NominationState> onItsWay = EnumSet.of(NominationState.SUBMITTED, NominationState.RECEIVED,
                NominationState.APPRAISED, NominationState.FORWARDED, NominationState.COUNCIL_VOTE,
                NominationState.PUBLIC_COMMENT, NominationState.APPROVED);

        for (NominationState state : NominationState.values()) {
            NominationWorkflow.Verdict takeOver = NominationWorkflow.decide(state, NominationAction.TAKE_OVER,
                    application);
            assertThat(takeOver.allowed()).as(state.name()).isEqualTo(onItsWay.contains(state));
            if (takeOver.allowed()) {
                assertThat(takeOver.row().to()).isEqualTo(state);
                assertThat(takeOver.row().move()).isEqualTo(Move.HEIR);
            }
            assertThat(NominationWorkflow.decide(state, NominationAction.HAND_UP, application).allowed())
                    .as("with an heir nothing goes up: " + state).isFalse();
        }
        assertThat(NominationWorkflow.handedOverIn()).isEqualTo(onItsWay);
    }

    @Test
    void aDossierHeldByAUnitClosedWithoutAnHeirGoesUpAsForwardedFromTheStagesBelowTheGrantingOnes() {
        FakeFacts application = new FakeFacts();
        application.system = true;
        application.holderClosed = true;
        Set<NominationState> below = EnumSet.of(NominationState.SUBMITTED, NominationState.RECEIVED,
                NominationState.APPRAISED, NominationState.FORWARDED);

        for (NominationState state : NominationState.values()) {
            NominationWorkflow.Verdict handUp = NominationWorkflow.decide(state, NominationAction.HAND_UP, application);
            assertThat(handUp.allowed()).as(state.name()).isEqualTo(below.contains(state));
            if (handUp.allowed()) {
                assertThat(handUp.row().to()).isEqualTo(NominationState.FORWARDED);
                assertThat(handUp.row().move()).isEqualTo(Move.PARENT_ON_LAST_DAY);
            }
            assertThat(NominationWorkflow.decide(state, NominationAction.TAKE_OVER, application).allowed())
                    .as("no heir takes it: " + state).isFalse();
        }
        application.holderClosed = false;
        assertThat(NominationWorkflow.decide(NominationState.RECEIVED, NominationAction.HAND_UP, application)
                .refusal().key()).as("an open holder keeps it").isEqualTo("nomination.guard.holderOpen");
    }

    @Test
    void noUserHandsADossierOverNorIsOfferedToEvenWhereTheHolderHasClosed() {
        List<NominationWorkflow.Row> handovers = NominationWorkflow.TABLE.stream()
                .filter(r -> NominationWorkflow.HANDOVERS.contains(r.action())).toList();
        assertThat(handovers).hasSize(11).allMatch(r -> r.relation() == Relation.SYSTEM && r.roles().isEmpty());
        for (Role role : Role.values()) {
            FakeFacts user = new FakeFacts().proposer(role).holder(role).granting(true);
            user.holderClosed = true;
            for (NominationWorkflow.Row row : handovers) {
                user.holderHasHeir = row.action() == NominationAction.TAKE_OVER;
                assertThat(NominationWorkflow.offered(row.from(), user)).doesNotContain(row.action());
                Refusal refusal = NominationWorkflow.decide(row.from(), row.action(), user).refusal();
                assertThat(refusal.key()).as(role + " " + row.from() + " " + row.action())
                        .isEqualTo("nomination.forbidden." + row.action().name());
                assertThat(refusal.forbidden()).isTrue();
            }
        }
    }

    @Test
    void theOfferedActionsAreThoseTheCallersRolesAllowHere() {
        FakeFacts officer = new FakeFacts().holder(Role.OFFICER);
        FakeFacts proposer = new FakeFacts().proposer(Role.OFFICER);
        FakeFacts viewer = new FakeFacts().proposer(Role.VIEWER).holder(Role.VIEWER, Role.COUNCIL_MEMBER, Role.ADMIN);

        assertThat(NominationWorkflow.offered(NominationState.RECEIVED, officer))
                .containsExactlyInAnyOrder(APPRAISE, NominationAction.RETURN);
        assertThat(NominationWorkflow.offered(NominationState.DRAFT, proposer))
                .containsExactlyInAnyOrder(SUBMIT, NominationAction.WITHDRAW);
        for (NominationState state : NominationState.values()) {
            assertThat(NominationWorkflow.offered(state, viewer)).isEmpty();
        }
    }

    @Test
    void theOptionsSayWhichOfferedActionsAreOpenNowAndWhyTheOthersAreNot() {
        FakeFacts leader = new FakeFacts().holder(Role.LEADER).granting(true).type(true, true);

        List<NominationWorkflow.Option> options = NominationWorkflow.options(NominationState.APPRAISED, leader);

        assertThat(options).extracting(NominationWorkflow.Option::action)
                .containsExactlyInAnyOrderElementsOf(NominationWorkflow.offered(NominationState.APPRAISED, leader));
        assertThat(options).filteredOn(NominationWorkflow.Option::open).extracting(NominationWorkflow.Option::action)
                .as("a reason is asked for with the step, not before").containsExactlyInAnyOrder(
                        NominationAction.SEND_TO_COUNCIL, NominationAction.RETURN, NominationAction.REJECT);
        assertThat(options).filteredOn(o -> o.action() == APPROVE).singleElement()
                .satisfies(o -> assertThat(o.refusal().key()).isEqualTo("nomination.guard.councilVoteFirst"));
    }

    /** The states a dossier goes through when the right people take {@code actions}, from a draft. */
    private static List<String> walk(boolean council, boolean comment, NominationAction... actions) {
        List<String> states = new ArrayList<>();
        NominationState state = NominationState.DRAFT;
        boolean granting = false;
        for (NominationAction action : Arrays.asList(actions)) {
            NominationWorkflow.Row row = NominationWorkflow.find(state, action).orElseThrow(() ->
                    new AssertionError("no row for " + states));
            Role role = callers(row).toList().get(0);
            FakeFacts facts = passing(row, role, granting).type(council, comment);
            NominationWorkflow.Verdict verdict = NominationWorkflow.decide(state, action, facts);
            assertThat(verdict.refusal()).as(state + " + " + action).isNull();
            state = verdict.row().to();
            granting = granting || verdict.row().move() == Move.PARENT;
            states.add(state.name());
        }
        return states;
    }

    /** Facts under which {@code row} applies to a caller holding {@code role}. */
    private static FakeFacts passing(NominationWorkflow.Row row, Role role, boolean granting) {
        FakeFacts facts = new FakeFacts().granting(granting);
        if (row.relation() == Relation.SYSTEM) {
            facts.system = true;
        } else if (row.relation() == Relation.PROPOSER) {
            facts.proposer(role);
        } else {
            facts.holder(role);
        }
        Set<Guard> guards = EnumSet.noneOf(Guard.class);
        guards.addAll(row.guards());
        facts.councilVotes = guards.contains(Guard.COUNCIL_VOTES) || guards.contains(Guard.VOTE_PASSED);
        facts.publicComment = guards.contains(Guard.PUBLIC_COMMENT) || guards.contains(Guard.COMMENT_CLOSED);
        facts.holderClosed = guards.contains(Guard.HOLDER_CLOSED);
        facts.holderHasHeir = guards.contains(Guard.HEIR);
        return facts;
    }

    /** The same facts, with only {@code guard} failing. */
    private static FakeFacts failing(FakeFacts facts, Guard guard) {
        switch (guard) {
            case COMPLETE -> facts.complete = false;
            case ELIGIBLE -> facts.ineligibility = List.of(Refusal.of("eligibility.onceOnly", "Kỷ niệm chương",
                    "2020"));
            case REASON_GIVEN -> facts.comment = "  ";
            case COUNCIL_VOTES -> facts.councilVotes = false;
            case NO_COUNCIL_VOTE -> facts.councilVotes = true;
            case PUBLIC_COMMENT -> facts.publicComment = false;
            case NO_PUBLIC_COMMENT -> facts.publicComment = true;
            case VOTE_PASSED -> facts.tally = new CouncilTally(2, 5, facts.tally.threshold());
            case COMMENT_CLOSED -> facts.commentUntil = FakeFacts.NOW.plus(Duration.ofDays(2));
            case NOT_DRAFTER -> facts.draftedOrChanged = true;
            case NOT_IN_OPEN_SESSION -> facts.openSession = "Phiên họp tháng 11";
            case HOLDER_CLOSED -> facts.holderClosed = false;
            case HEIR -> facts.holderHasHeir = false;
            case NO_HEIR -> facts.holderHasHeir = true;
        }
        return facts;
    }
}
