package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.commendation.AwardType;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.organization.OrgUnit;
import vn.thidua.organization.OrgUnits;

/** What the demo's CSV files name: award types by code, units by code on a day; and the files' rows. */
final class DemoRefs {

    private final EntityManager em;
    private final OrgUnits units;

    DemoRefs(EntityManager em, OrgUnits units) {
        this.em = em;
        this.units = units;
    }

    AwardType type(String code) {
        return em.createQuery("select t from AwardType t where t.code = :code", AwardType.class)
                .setParameter("code", code).getSingleResult();
    }

    OrgUnit unit(String code, LocalDate date) {
        return units.find(code, date).orElseThrow(() -> new IllegalStateException("No unit " + code + " on " + date));
    }

    /** A new demo nominee of {@code unit}; a person's job title when given. */
    Nominee nominee(RecipientKind kind, String name, String jobTitle, OrgUnit unit) {
        Nominee nominee = new Nominee(kind, name, unit, "demo");
        if (kind == RecipientKind.INDIVIDUAL && !jobTitle.isBlank()) {
            nominee.person(null, null, jobTitle);
        }
        nominee.markDemo();
        em.persist(nominee);
        return nominee;
    }

    /** The rows of a demo CSV resource (UTF-8, a header line, no quoted fields), split on commas. */
    static List<String[]> csv(String resource) {
        var stream = DemoRefs.class.getResourceAsStream(resource);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            in.readLine();
            return in.lines().filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
