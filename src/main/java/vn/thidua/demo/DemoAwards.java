package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.Award;
import vn.thidua.commendation.AwardType;
import vn.thidua.commendation.Decision;
import vn.thidua.commendation.DecisionRegisters;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.document.SignedDocuments;
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.i18n.Messages;

/**
 * The registry's demo history (demo/awards.csv, invented names, all marked demo): the awards of 2019–2024, among them
 * those given at the province's term review conference of May 2024, those decided year by year since 2019 by the
 * province and by the city of Hạ Long, and one of a ward formed in the 2025 merger. Each row is proposed by a unit of
 * its day; the province decides its award types, a commune or district its Giấy khen. The rows
 * of one issuing unit, award type and day form one decision, numbered from the unit's register like any other, its
 * documents kept as signed (about 1 s for its 18 decisions and 40 certificates).
 */
final class DemoAwards {

    private static final String PROVINCE = "22";

    private final EntityManager em;
    private final DemoRefs refs;
    private final Map<String, Decision> decisions = new HashMap<>();
    private final Map<String, Nominee> nominees = new HashMap<>();

    DemoAwards(EntityManager em, OrgUnits units) {
        this.em = em;
        this.refs = new DemoRefs(em, units);
    }

    /** Enters the awards; answers how many. */
    int create(List<Movement> movements) {
        Map<String, Movement> byCode = new HashMap<>();
        movements.forEach(m -> byCode.put(m.getCode(), m));
        List<String[]> rows = DemoRefs.csv("/demo/awards.csv");
        for (String[] f : rows) {
            LocalDate signedOn = LocalDate.parse(f[8]);
            AwardType type = refs.type(f[2]);
            OrgUnit unit = refs.unit(f[6], signedOn);
            OrgUnit issuer = type.getCode().equals("GIAY_KHEN") ? unit : refs.unit(PROVINCE, signedOn);
            Decision decision = decisions.computeIfAbsent(issuer.getId() + "|" + type.getCode() + "|" + signedOn,
                    k -> decision(issuer, type, signedOn, f[9]));
            Nominee nominee = nominees.computeIfAbsent(unit.getId() + "|" + f[4],
                    k -> refs.nominee(RecipientKind.valueOf(f[3]), f[4], f[5], unit));
            Award award = new Award(nominee, type, Integer.parseInt(f[0]), Integer.parseInt(f[1]), decision, unit,
                    f[7].isBlank() ? null : byCode.get(f[7]));
            award.markDemo();
            em.persist(award);
        }
        em.flush();
        SignedDocuments documents = new SignedDocuments(em);
        decisions.values().forEach(documents::keep);
        return rows.size();
    }

    private Decision decision(OrgUnit issuer, AwardType type, LocalDate signedOn, String signer) {
        int seq = new DecisionRegisters(em).next(issuer, signedOn.getYear());
        Decision decision = new Decision(issuer, type, seq, signedOn, new Decision.Signature("demo", signer,
                Messages.format(Messages.VIETNAMESE, "decision.signerTitle.default"),
                Messages.format(Messages.VIETNAMESE, "decision.subject.default", type.getNameVi())));
        decision.markDemo();
        em.persist(decision);
        return decision;
    }
}
