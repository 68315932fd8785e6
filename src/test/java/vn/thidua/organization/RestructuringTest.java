package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.organization.OrgDatabase.level;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thidua.platform.error.BusinessException;

/**
 * Restructuring on a real database: the mappings, the Flyway schema and the domain operations together. Each test
 * builds its own small tree under the province the migrations seed (a district of three communes with two
 * residential areas each), with codes of its own, so the tests share the class's database but not their data.
 */
class RestructuringTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long QUANG_NINH = 100;
    private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);
    private static final LocalDate BEFORE = DAY.minusDays(1);
    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);
    private static final AtomicInteger TREES = new AtomicInteger();

    /** A unit as it was on a date. */
    private record Row(String code, String name, String type, Long parent) {
    }

    /** A predecessor's link, seen from the predecessor. */
    private record Link(long successor, boolean partial, boolean inheritsHistory) {
    }

    private record Counts(long units, long versions, long events, long links) {
    }

    /** Codes: the district {@code T7}, its communes {@code T7.1}…, their areas {@code T7.1.1}… */
    private record Tree(String district, long districtId, List<Long> communes, List<List<Long>> areas) {
    }

    private Tree tree;

    @BeforeEach
    void buildTree() {
        String code = "T" + TREES.incrementAndGet();
        tree = db.inTransaction(em -> {
            Restructuring r = restructuring(em);
            OrgEvent created = r.event(OrgEvent.Kind.CREATE, FOUNDED, "Cây thử");
            OrgUnit district = r.create(created, new NewUnit(code, level(em, "DISTRICT"), "Huyện " + code, "Huyện",
                    unit(em, QUANG_NINH)));
            List<Long> communes = new ArrayList<>();
            List<List<Long>> areas = new ArrayList<>();
            for (int c = 1; c <= 3; c++) {
                OrgUnit commune = r.create(created, new NewUnit(code + "." + c, level(em, "COMMUNE"),
                        "Xã " + code + "." + c, "Xã", district));
                communes.add(commune.getId());
                List<Long> its = new ArrayList<>();
                for (int a = 1; a <= 2; a++) {
                    its.add(r.create(created, new NewUnit(code + "." + c + "." + a, level(em, "RESIDENTIAL_AREA"),
                            "Thôn " + a, "Thôn", commune)).getId());
                }
                areas.add(its);
            }
            return new Tree(code, district.getId(), communes, areas);
        });
    }

    // Merge into a new unit

    @Test
    void onTheDayBeforeAMergeBothOldCommunesExistAndTheNewOneDoesNot() {
        long merged = mergeFirstTwoIntoNew();
        assertThat(unitsOn(BEFORE)).containsKeys(commune(0), commune(1)).doesNotContainKey(merged);
    }

    @Test
    void fromTheMergeDateOnlyTheNewCommuneExists() {
        long merged = mergeFirstTwoIntoNew();
        Map<Long, Row> units = unitsOn(DAY);
        assertThat(units).doesNotContainKeys(commune(0), commune(1));
        assertThat(units.get(merged)).isEqualTo(new Row(code(9), "Xã Hợp Nhất", "Xã", tree.districtId()));
    }

    @Test
    void theResidentialAreasOfMergedCommunesAreUnderTheNewOneFromTheMergeDate() {
        long merged = mergeFirstTwoIntoNew();
        assertThat(parentsOn(BEFORE, 0)).containsOnly(commune(0));
        assertThat(parentsOn(BEFORE, 1)).containsOnly(commune(1));
        assertThat(parentsOn(DAY, 0)).containsOnly(merged);
        assertThat(parentsOn(DAY, 1)).containsOnly(merged);
    }

    @Test
    void eachMergedCommuneHasOneLinkToTheNewOneThatInheritsItsHistory() {
        long merged = mergeFirstTwoIntoNew();
        assertThat(linksFrom(commune(0))).containsExactly(new Link(merged, false, true));
        assertThat(linksFrom(commune(1))).containsExactly(new Link(merged, false, true));
    }

    // Merge into a survivor

    @Test
    void aSurvivorThatAbsorbsAnotherKeepsItsIdAndCodeAndHasTheNewNameFromTheMergeDate() {
        long survivor = db.inTransaction(em -> restructuring(em).merge(
                List.of(unit(em, commune(0)), unit(em, commune(1))), unit(em, commune(0)),
                new NewUnit(code(1), level(em, "COMMUNE"), "Xã Sáp Nhập", "Xã", null), DAY, "NQ").getId());
        assertThat(survivor).isEqualTo(commune(0));
        assertThat(unitsOn(BEFORE).get(survivor)).isEqualTo(new Row(code(1), "Xã " + code(1), "Xã", tree.districtId()));
        assertThat(unitsOn(DAY).get(survivor)).isEqualTo(new Row(code(1), "Xã Sáp Nhập", "Xã", tree.districtId()));
        assertThat(versionStarts(survivor)).containsExactly(FOUNDED, DAY);
        assertThat(linksFrom(survivor)).isEmpty();
    }

    @Test
    void theAbsorbedCommuneEndsOnTheMergeDateAndItsAreasGoToTheSurvivor() {
        db.inTransaction(em -> restructuring(em).merge(List.of(unit(em, commune(0)), unit(em, commune(1))),
                unit(em, commune(0)), null, DAY, "NQ"));
        assertThat(endOf(commune(1))).isEqualTo(DAY);
        assertThat(unitsOn(BEFORE)).containsKey(commune(1));
        assertThat(unitsOn(DAY)).doesNotContainKey(commune(1));
        assertThat(parentsOn(DAY, 1)).containsOnly(commune(0));
        assertThat(linksFrom(commune(1))).containsExactly(new Link(commune(0), false, true));
    }

    // Change, move

    @Test
    void aCommuneBecomingAWardKeepsItsIdAndCodeWithTheOldNameBeforeAndTheNewFromTheDate() {
        long units = db.count("org_unit");
        db.run(em -> {
            Restructuring r = restructuring(em);
            r.change(unit(em, commune(2)), "Phường Mới", "Phường", r.event(OrgEvent.Kind.CHANGE, DAY, "NQ"));
        });
        long district = tree.districtId();
        assertThat(unitsOn(BEFORE).get(commune(2))).isEqualTo(new Row(code(3), "Xã " + code(3), "Xã", district));
        assertThat(unitsOn(DAY).get(commune(2))).isEqualTo(new Row(code(3), "Phường Mới", "Phường", district));
        assertThat(db.count("org_unit")).isEqualTo(units);
    }

    @Test
    void aMovedUnitHasItsOldParentBeforeTheDateAndItsNewParentFromIt() {
        long area = tree.areas().get(0).get(0);
        db.run(em -> {
            Restructuring r = restructuring(em);
            r.move(unit(em, area), unit(em, commune(2)), r.event(OrgEvent.Kind.MOVE, DAY, "QĐ"));
        });
        assertThat(unitsOn(BEFORE).get(area).parent()).isEqualTo(commune(0));
        assertThat(unitsOn(DAY).get(area).parent()).isEqualTo(commune(2));
        assertThat(unitsOn(DAY).get(area).name()).isEqualTo("Thôn 1");
    }

    // Split

    @Test
    void aSplitLinksTheOldCommuneToEachPartPartiallyAndOnlyTheHeirInheritsItsHistory() {
        List<Long> parts = splitFirstCommune();
        assertThat(endOf(commune(0))).isEqualTo(DAY);
        assertThat(linksFrom(commune(0))).containsExactly(
                new Link(parts.get(0), true, false), new Link(parts.get(1), true, true));
    }

    @Test
    void onASplitEachAreaGoesToThePartChildPartsNamesAndOtherwiseToTheHeir() {
        List<Long> parts = splitFirstCommune();
        Map<Long, Row> units = unitsOn(DAY);
        assertThat(units.get(tree.areas().get(0).get(0)).parent()).isEqualTo(parts.get(0));
        assertThat(units.get(tree.areas().get(0).get(1)).parent()).isEqualTo(parts.get(1));
    }

    // Codes

    @Test
    void aCodeEndedOnADateMayBeTakenByANewUnitTheSameDay() {
        long old = tree.areas().get(2).get(1);
        String code = code(3) + ".2";
        long reused = db.inTransaction(em -> {
            Restructuring r = restructuring(em);
            r.close(unit(em, old), r.event(OrgEvent.Kind.CLOSE, DAY, "QĐ giải thể"));
            return r.create(r.event(OrgEvent.Kind.CREATE, DAY, "QĐ thành lập"), new NewUnit(code,
                    level(em, "RESIDENTIAL_AREA"), "Khu phố Mới", "Khu phố", unit(em, commune(2)))).getId();
        });
        assertThat(reused).isNotEqualTo(old);
        assertThat(holdersOf(code, BEFORE)).containsExactly(old);
        assertThat(holdersOf(code, DAY)).containsExactly(reused);
    }

    @Test
    void creatingAUnitWithACodeAnotherUnitHoldsOnThatDateIsRefusedAndChangesNothing() {
        assertRefusedWithoutChange("org.code.taken", commune(0), (r, em) -> r.create(
                r.event(OrgEvent.Kind.CREATE, DAY, "QĐ"),
                new NewUnit(code(1), level(em, "COMMUNE"), "Xã Trùng Mã", "Xã", unit(em, tree.districtId()))));
    }

    // Refusals

    @ParameterizedTest(name = "{0} day(s) after the last change")
    @ValueSource(ints = {0, -1})
    void anEventOnOrBeforeTheUnitsLastChangeIsRefusedAndChangesNothing(int days) {
        db.run(em -> {
            Restructuring r = restructuring(em);
            r.change(unit(em, commune(0)), "Xã Đổi Tên", "Xã", r.event(OrgEvent.Kind.CHANGE, DAY, "NQ"));
        });
        assertRefusedWithoutChange("org.event.overlapping", commune(0), (r, em) -> r.change(unit(em, commune(0)),
                "Xã Chồng Lấn", "Xã", r.event(OrgEvent.Kind.CHANGE, DAY.plusDays(days), "NQ")));
    }

    @Test
    void aMergeRefusedHalfwayChangesNothing() {
        long area = tree.areas().get(0).get(0);
        db.run(em -> {
            Restructuring r = restructuring(em);
            r.change(unit(em, area), "Thôn Đổi Tên", "Thôn", r.event(OrgEvent.Kind.CHANGE, DAY, "QĐ"));
        });
        // The communes end and the new one is made before moving the area, which changed after the merge date.
        assertRefusedWithoutChange("org.event.overlapping", commune(0), (r, em) -> r.merge(
                List.of(unit(em, commune(0)), unit(em, commune(1))), null,
                new NewUnit(code(9), level(em, "COMMUNE"), "Xã Hợp Nhất", "Xã", unit(em, tree.districtId())),
                BEFORE, "NQ"));
    }

    @Test
    void closingAUnitThatStillHasUnitsBelowItIsRefusedAndChangesNothing() {
        assertRefusedWithoutChange("org.close.hasChildren", commune(0),
                (r, em) -> r.close(unit(em, commune(0)), r.event(OrgEvent.Kind.CLOSE, DAY, "QĐ")));
    }

    @Test
    void anEventOnAUnitThatDidNotExistOnThatDateIsRefusedAndChangesNothing() {
        assertRefusedWithoutChange("org.unit.notValidOn", commune(0), (r, em) -> r.change(unit(em, commune(0)),
                "Xã Quá Sớm", "Xã", r.event(OrgEvent.Kind.CHANGE, FOUNDED.minusDays(1), "NQ")));
    }

    @Test
    void aMergeOfFewerThanTwoUnitsIsRefusedAndChangesNothing() {
        assertRefusedWithoutChange("org.merge.invalid", commune(0), (r, em) -> r.merge(
                List.of(unit(em, commune(0))), unit(em, commune(0)), null, DAY, "NQ"));
    }

    // Steps shared by several tests

    /** Communes 1 and 2 merged on DAY into a new commune with code …9; returns its id. */
    private long mergeFirstTwoIntoNew() {
        return db.inTransaction(em -> restructuring(em).merge(List.of(unit(em, commune(0)), unit(em, commune(1))),
                null, new NewUnit(code(9), level(em, "COMMUNE"), "Xã Hợp Nhất", "Xã", unit(em, tree.districtId())),
                DAY, "NQ").getId());
    }

    /** Commune 1 split on DAY into …7 and …8 (the heir); its first area goes to …7. */
    private List<Long> splitFirstCommune() {
        return db.inTransaction(em -> {
            OrgUnit district = unit(em, tree.districtId());
            List<NewUnit> parts = List.of(
                    new NewUnit(code(7), level(em, "COMMUNE"), "Xã Bảy", "Xã", district),
                    new NewUnit(code(8), level(em, "COMMUNE"), "Xã Tám", "Xã", district));
            return restructuring(em).split(unit(em, commune(0)), parts, 1,
                            Map.of(unit(em, tree.areas().get(0).get(0)), 0), DAY, "NQ")
                    .stream().map(OrgUnit::getId).toList();
        });
    }

    /** Runs {@code steps} in a transaction that must fail with {@code key}, and checks the database is as before. */
    private static void assertRefusedWithoutChange(String key, long watched,
                                                    BiConsumer<Restructuring, EntityManager> steps) {
        Counts counts = counts();
        Row later = unitsOn(LATER).get(watched);
        assertThatThrownBy(() -> db.run(em -> steps.accept(restructuring(em), em)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
        assertThat(counts()).isEqualTo(counts);
        assertThat(unitsOn(LATER).get(watched)).isEqualTo(later);
    }

    // Reading, as OrgUnitService does: the versions valid on a date

    private static Map<Long, Row> unitsOn(LocalDate date) {
        return db.read(em -> em.createQuery("select v from OrgUnitVersion v where v.validFrom <= :date "
                        + "and (v.validTo is null or v.validTo > :date)", OrgUnitVersion.class)
                .setParameter("date", date).getResultStream()
                // toMap refuses two versions of one unit on a date
                .collect(Collectors.toMap(v -> v.getUnit().getId(), v -> new Row(v.getUnit().getCode(), v.getName(),
                        v.getType(), v.getParent() == null ? null : v.getParent().getId()))));
    }

    /** The parents on {@code date} of the areas of commune {@code index}. */
    private List<Long> parentsOn(LocalDate date, int index) {
        Map<Long, Row> units = unitsOn(date);
        return tree.areas().get(index).stream().map(a -> units.get(a).parent()).toList();
    }

    private static List<LocalDate> versionStarts(long unit) {
        return db.read(em -> unit(em, unit).getVersions().stream().map(OrgUnitVersion::getValidFrom).toList());
    }

    private static LocalDate endOf(long unit) {
        return db.read(em -> unit(em, unit).getValidTo());
    }

    private static List<Long> holdersOf(String code, LocalDate date) {
        return unitsOn(date).entrySet().stream().filter(e -> e.getValue().code().equals(code))
                .map(Map.Entry::getKey).toList();
    }

    private static List<Link> linksFrom(long predecessor) {
        return db.read(em -> em.createQuery("select l from OrgEventLink l where l.predecessor.id = :id "
                        + "order by l.successor.id", OrgEventLink.class)
                .setParameter("id", predecessor).getResultStream()
                .map(l -> new Link(l.getSuccessor().getId(), l.isPartial(), l.isInheritsHistory())).toList());
    }

    private static Counts counts() {
        return new Counts(db.count("org_unit"), db.count("org_unit_version"), db.count("org_event"),
                db.count("org_event_link"));
    }

    private long commune(int index) {
        return tree.communes().get(index);
    }

    /** The code of commune {@code n} (1-based, as in the codes), or of a new unit numbered n. */
    private String code(int n) {
        return tree.district() + "." + n;
    }

    private static Restructuring restructuring(EntityManager em) {
        return new Restructuring(em, "test");
    }

    private static OrgUnit unit(EntityManager em, long id) {
        return em.find(OrgUnit.class, id);
    }
}
