package vn.thidua.demo;

import static vn.thidua.commendation.NominationAction.APPRAISE;
import static vn.thidua.commendation.NominationAction.APPROVE;
import static vn.thidua.commendation.NominationAction.DECIDE;
import static vn.thidua.commendation.NominationAction.FORWARD;
import static vn.thidua.commendation.NominationAction.PUBLISH;
import static vn.thidua.commendation.NominationAction.RECEIVE;
import static vn.thidua.commendation.NominationAction.REJECT;
import static vn.thidua.commendation.NominationAction.RETURN;
import static vn.thidua.commendation.NominationAction.SEND_TO_COUNCIL;
import static vn.thidua.commendation.NominationAction.SUBMIT;
import static vn.thidua.commendation.NominationAction.WITHDRAW;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.Nomination;
import vn.thidua.commendation.NominationAction;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.ScriptedSteps;
import vn.thidua.commendation.council.ScriptedSession;
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.time.Formats;

/**
 * The demo's dossiers (demo/nominations.csv, invented names, all marked demo): one at every stage of the review
 * chain, proposed by the communes of xa1.canbo (06652) and xa3.canbo (06709). Each is drafted and moved step by step
 * through the transition table in the names of the demo accounts, so its history is one the application could have
 * written: in the 2026 structure the province receives, appraises and decides, and its council (hoidong1..5, of
 * {@link DemoCouncils}) votes; the forwarded one went up through the district of Hạ Long in March 2025. Nominees
 * already in the registry's history ({@link DemoAwards}) are reused by name.
 */
final class DemoNominations {

    private static final String OFFICER = "tinh.canbo";
    private static final String LEADER = "tinh.lanhdao";
    private static final String PROVINCE = "22";
    private static final int AGREEING = 4;

    /** The steps after the proposer's submission that bring a dossier to each stage, by who takes them. */
    private static final Map<NominationState, List<Step>> PATHS = Map.ofEntries(
            Map.entry(NominationState.DRAFT, List.of()),
            Map.entry(NominationState.SUBMITTED, List.of(proposer(SUBMIT))),
            Map.entry(NominationState.RECEIVED, List.of(proposer(SUBMIT), by(OFFICER, RECEIVE))),
            Map.entry(NominationState.APPRAISED, appraised()),
            Map.entry(NominationState.FORWARDED, List.of(proposer(SUBMIT), by("halong.canbo", RECEIVE),
                    by("halong.canbo", APPRAISE), by("halong.lanhdao", FORWARD))),
            Map.entry(NominationState.COUNCIL_VOTE, then(appraised(), by(LEADER, SEND_TO_COUNCIL))),
            Map.entry(NominationState.PUBLIC_COMMENT, then(appraised(), by(LEADER, SEND_TO_COUNCIL),
                    new Step(null, null), by(LEADER, PUBLISH))),
            Map.entry(NominationState.APPROVED, then(appraised(), by(LEADER, APPROVE))),
            Map.entry(NominationState.DECIDED, then(appraised(), by(LEADER, APPROVE), by(LEADER, DECIDE))),
            Map.entry(NominationState.RETURNED, List.of(proposer(SUBMIT), by(OFFICER, RECEIVE), by(OFFICER, RETURN))),
            Map.entry(NominationState.REJECTED, then(appraised(), by(LEADER, REJECT))),
            Map.entry(NominationState.WITHDRAWN, List.of(proposer(SUBMIT), proposer(WITHDRAW))));

    /** A step by {@code user} (null: the proposer); no action: the council's session votes and closes. */
    private record Step(String user, NominationAction action) {
    }

    private final EntityManager em;
    private final DemoRefs refs;
    private final ScriptedSteps steps;

    DemoNominations(EntityManager em, OrgUnits units, AuditLog audit) {
        this.em = em;
        this.refs = new DemoRefs(em, units);
        this.steps = new ScriptedSteps(em, audit);
    }

    /** Creates the dossiers; answers how many. The one before the council goes on an open session's agenda. */
    int create(List<Movement> movements) {
        List<String[]> rows = DemoRefs.csv("/demo/nominations.csv");
        List<Long> awaitingVote = new ArrayList<>();
        for (String[] f : rows) {
            NominationState stage = NominationState.valueOf(f[0]);
            LocalDate on = f[10].isBlank() ? Formats.today() : LocalDate.parse(f[10]);
            OrgUnit unit = refs.unit(f[5], on);
            Movement movement = movements.stream().filter(m -> m.getCode().equals(f[9])).findFirst().orElse(null);
            Nomination nomination = steps.draft(f[6], unit, nominee(f, unit), refs.type(f[1]), movement,
                    Integer.parseInt(f[7]), Integer.parseInt(f[8]), f[11], on);
            List<Step> path = PATHS.get(stage);
            for (int i = 0; i < path.size(); i++) {
                Step step = path.get(i);
                String comment = i == path.size() - 1 && !f[12].isBlank() ? f[12] : null;
                if (step.action() == null) {
                    vote(nomination, on);
                } else {
                    steps.take(step.user() == null ? f[6] : step.user(), nomination, step.action(), comment, on);
                }
            }
            if (stage == NominationState.COUNCIL_VOTE) {
                awaitingVote.add(nomination.getId());
            }
        }
        if (!awaitingVote.isEmpty()) {
            new ScriptedSession(em).hold(refs.unit(PROVINCE, Formats.today()), "Phiên họp Hội đồng Thi đua – Khen thưởng"
                    + " (dữ liệu mẫu)", Formats.today(), OFFICER, awaitingVote, 0, false);
        }
        em.flush();
        return rows.size();
    }

    /** The council's session on the dossier, closed with {@value #AGREEING} members agreeing. */
    private void vote(Nomination nomination, LocalDate on) {
        new ScriptedSession(em).hold(nomination.getCurrentUnit(), "Phiên họp xét Bằng khen (dữ liệu mẫu)", on,
                OFFICER, List.of(nomination.getId()), AGREEING, true);
    }

    /** The registry's nominee of that name, or a new one of the proposing unit. */
    private Nominee nominee(String[] f, OrgUnit unit) {
        return em.createQuery("select e from Nominee e where e.name = :name and e.demo = true", Nominee.class)
                .setParameter("name", f[3]).getResultStream().findFirst()
                .orElseGet(() -> refs.nominee(RecipientKind.valueOf(f[2]), f[3], f[4], unit));
    }

    private static List<Step> appraised() {
        return List.of(proposer(SUBMIT), by(OFFICER, RECEIVE), by(OFFICER, APPRAISE));
    }

    private static List<Step> then(List<Step> first, Step... more) {
        List<Step> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static Step proposer(NominationAction action) {
        return new Step(null, action);
    }

    private static Step by(String user, NominationAction action) {
        return new Step(user, action);
    }
}
