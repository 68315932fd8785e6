package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;
import vn.thidua.platform.i18n.Messages;

/**
 * The registry's demo history (demo/awards.csv, invented names, all marked demo): the awards of 2019–2024, among them
 * those given at the province's term review conference of May 2024, and one of a ward formed in the 2025 merger.
 * Each row is proposed by a unit of its day; the province decides its award types, a commune its Giấy khen. The rows
 * of one issuing unit, award type and day form one decision, numbered from the unit's register like any other.
 */
final class DemoAwards {

    private static final String PROVINCE = "22";

    private final EntityManager em;
    private final OrgUnits units;
    private final Map<String, Decision> decisions = new HashMap<>();
    private final Map<String, Nominee> nominees = new HashMap<>();

    DemoAwards(EntityManager em, OrgUnits units) {
        this.em = em;
        this.units = units;
    }

    /** Enters the awards; answers how many. */
    int create(List<Movement> movements) {
        Map<String, Movement> byCode = new HashMap<>();
        movements.forEach(m -> byCode.put(m.getCode(), m));
        List<String[]> rows = read();
        for (String[] f : rows) {
            LocalDate signedOn = LocalDate.parse(f[8]);
            AwardType type = type(f[2]);
            OrgUnit unit = unit(f[6], signedOn);
            OrgUnit issuer = type.getCode().equals("GIAY_KHEN") ? unit : unit(PROVINCE, signedOn);
            Decision decision = decisions.computeIfAbsent(issuer.getId() + "|" + type.getCode() + "|" + signedOn,
                    k -> decision(issuer, type, signedOn, f[9]));
            Nominee nominee = nominees.computeIfAbsent(unit.getId() + "|" + f[4], k -> nominee(f, unit));
            Award award = new Award(nominee, type, Integer.parseInt(f[0]), Integer.parseInt(f[1]), decision, unit,
                    f[7].isBlank() ? null : byCode.get(f[7]));
            award.markDemo();
            em.persist(award);
        }
        em.flush();
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

    private Nominee nominee(String[] f, OrgUnit unit) {
        RecipientKind kind = RecipientKind.valueOf(f[3]);
        Nominee nominee = new Nominee(kind, f[4], unit, "demo");
        if (kind == RecipientKind.INDIVIDUAL && !f[5].isBlank()) {
            nominee.person(null, null, f[5]);
        }
        nominee.markDemo();
        em.persist(nominee);
        return nominee;
    }

    private AwardType type(String code) {
        return em.createQuery("select t from AwardType t where t.code = :code", AwardType.class)
                .setParameter("code", code).getSingleResult();
    }

    private OrgUnit unit(String code, LocalDate date) {
        return units.find(code, date).orElseThrow(() -> new IllegalStateException("No unit " + code + " on " + date));
    }

    private static List<String[]> read() {
        var stream = DemoAwards.class.getResourceAsStream("/demo/awards.csv");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            in.readLine();
            return in.lines().filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
