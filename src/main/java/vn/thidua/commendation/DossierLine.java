package vn.thidua.commendation;

import java.io.Serializable;
import java.util.List;
import vn.thidua.platform.persistence.Rows;

/** A nomination as a line of the dossier pages' lists (a batch's candidates, a nominee's nominations). */
public record DossierLine(long id, String nomineeName, String awardType, String awardTypeName, NominationState state,
                          String unitCode) implements Serializable {

    /** SQL of the columns {@link #rows} reads, from the nomination aliased n. */
    static final String SELECT = "SELECT n.id, e.name, t.code, t.name_vi, n.state, u.code FROM nomination n"
            + " JOIN nominee e ON e.id = n.nominee_id JOIN award_type t ON t.id = n.award_type_id"
            + " JOIN org_unit u ON u.id = n.proposing_unit_id";

    static DossierLine of(Nomination n) {
        return new DossierLine(n.getId(), n.getNominee().getName(), n.getAwardType().getCode(),
                n.getAwardType().getNameVi(), n.getState(), n.getProposingUnit().getCode());
    }

    static List<DossierLine> rows(List<?> rows) {
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new DossierLine(Rows.number(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                        NominationState.valueOf(Rows.text(r[4])), Rows.text(r[5])))
                .toList();
    }
}
