package vn.thidua.commendation;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.thidua.commendation.eligibility.CaseKind;
import vn.thidua.commendation.eligibility.NomineeRecord;
import vn.thidua.commendation.eligibility.PastAward;

/** Reads what the eligibility rules need about a nominee: their award history and their pending cases. */
public class NomineeRecords {

    private final EntityManager em;

    public NomineeRecords(EntityManager em) {
        this.em = em;
    }

    public NomineeRecord of(Nominee nominee) {
        List<PastAward> awards = em.createQuery("select t.code, t.nameVi, a.year, a.periodFrom, a.periodTo, m.id"
                        + " from Award a join a.awardType t left join a.movement m where a.nominee = :nominee"
                        + " order by a.year", Object[].class)
                .setParameter("nominee", nominee).getResultList().stream()
                .map(r -> new PastAward((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(), ((Number) r[4]).intValue(),
                        r[5] == null ? null : ((Number) r[5]).longValue()))
                .toList();
        List<CaseKind> pending = em.createQuery("select c.kind from NomineeCase c where c.nominee = :nominee"
                        + " and c.status = :pending order by c.id", CaseKind.class)
                .setParameter("nominee", nominee).setParameter("pending", NomineeCase.Status.PENDING)
                .getResultList();
        return new NomineeRecord(nominee.isDeceased(), awards, pending);
    }
}
