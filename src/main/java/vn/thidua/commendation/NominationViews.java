package vn.thidua.commendation;

import java.util.List;
import vn.thidua.organization.OrgUnit;

/** Builds the {@link NominationView} of a dossier. */
final class NominationViews {

    private NominationViews() {
    }

    static NominationView of(Nomination n, List<NominationView.Step> history, List<NominationAction> actions) {
        Nominee e = n.getNominee();
        OrgUnit proposing = n.getProposingUnit();
        OrgUnit current = n.getCurrentUnit();
        return new NominationView(n.getId(), n.getVersion(), n.getState(),
                new NominationView.NomineeInfo(e.getId(), e.getKind(), e.getName(), e.getBirthYear(), e.getGender(),
                        e.getJobTitle(), e.isDeceased(), e.getHomeUnit().getCode()),
                n.getAwardType().getCode(), n.getAwardType().getNameVi(), proposing.getCode(), proposing.getName(),
                current.getCode(), current.getName(), n.getMovement() == null ? null : n.getMovement().getCode(),
                n.getMovement() == null ? null : n.getMovement().getName(),
                n.getYearFrom(), n.getYearTo(), n.getSummary(), n.getDraftedBy(), n.getLastChangedBy(),
                n.getReason(), n.getCreatedAt(), n.getUpdatedAt(), n.getCommentUntil(),
                n.getDecision() == null ? null : n.getDecision().getNumber(), history, actions);
    }
}
