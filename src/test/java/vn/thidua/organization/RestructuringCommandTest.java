package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.organization.OrgDatabase.level;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.platform.error.BusinessException;

/** The administrators' commands: what each does to a small tree, and what its summary (the preview) says. */
class RestructuringCommandTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final AtomicInteger TREES = new AtomicInteger();

    private String district;

    /** A district {@code Cn} with communes {@code Cn.1}, {@code Cn.2}, each with two areas {@code Cn.c.a}. */
    @BeforeEach
    void buildTree() {
        district = "C" + TREES.incrementAndGet();
        db.run(em -> {
            Restructuring r = new Restructuring(em, "test");
            OrgEvent created = r.event(OrgEvent.Kind.CREATE, FOUNDED, "Cây thử");
            OrgUnit top = r.create(created, new NewUnit(district, level(em, "DISTRICT"), "Huyện " + district,
                    "Huyện", em.find(OrgUnit.class, 100L)));
            for (int c = 1; c <= 2; c++) {
                OrgUnit commune = r.create(created, new NewUnit(district + "." + c, level(em, "COMMUNE"),
                        "Xã " + c, "Xã", top));
                for (int a = 1; a <= 2; a++) {
                    r.create(created, new NewUnit(district + "." + c + "." + a, level(em, "RESIDENTIAL_AREA"),
                            "Thôn " + a, "Thôn", commune));
                }
            }
        });
    }


    private RestructuringSummary apply(RestructuringCommand command) {
        return db.inTransaction(em -> command.applyTo(new Restructuring(em, "test"), new RestructuringCommand.Units() {
            @Override
            public OrgUnit unit(String code, LocalDate date) {
                return em.createQuery("select u from OrgUnit u where u.code = :c and u.validFrom <= :d "
                        + "and (u.validTo is null or u.validTo > :d)", OrgUnit.class)
                        .setParameter("c", code).setParameter("d", date).getSingleResult();
            }

            @Override
            public OrgLevel level(String code) {
                return OrgDatabase.level(em, code);
            }
        }));
    }

    private String nameOn(String code, LocalDate date) {
        return db.read(em -> em.createQuery("select v.name from OrgUnitVersion v where v.unit.code = :c "
                        + "and v.validFrom <= :d and (v.validTo is null or v.validTo > :d)", String.class)
                .setParameter("c", code).setParameter("d", date).getResultStream().findFirst().orElse(null));
    }

    @Test
    void aMergeIntoANewUnitSaysWhichUnitsEndAndHowManyMove() {
        RestructuringSummary summary = apply(new MergeCommand(DAY, List.of(district + ".1", district + ".2"), null,
                district + ".9", "Xã Hợp Nhất", "Xã", "NQ"));
        assertThat(summary.ending()).containsExactly("Xã 1 (" + district + ".1)", "Xã 2 (" + district + ".2)");
        assertThat(summary.continuing()).containsExactly("Xã Hợp Nhất (" + district + ".9)");
        assertThat(summary.movedUnits()).isEqualTo(4);
        assertThat(nameOn(district + ".1", DAY)).isNull();
    }

    @Test
    void aSplitEndsTheUnitAndStartsTwoWithTheChosenHeir() {
        RestructuringSummary summary = apply(new SplitCommand(DAY, district + ".1", List.of(
                new SplitCommand.Part(district + ".7", "Xã Bảy", "Xã"),
                new SplitCommand.Part(district + ".8", "Xã Tám", "Xã")), 1, "NQ"));
        assertThat(summary.ending()).containsExactly("Xã 1 (" + district + ".1)");
        assertThat(summary.continuing()).containsExactly("Xã Bảy (" + district + ".7)", "Xã Tám (" + district + ".8)");
        assertThat(summary.movedUnits()).isEqualTo(2);
        List<Boolean> heirs = db.read(em -> em.createQuery("select l.inheritsHistory from OrgEventLink l "
                + "where l.predecessor.code = :c order by l.successor.code", Boolean.class)
                .setParameter("c", district + ".1").getResultList());
        assertThat(heirs).containsExactly(false, true);
    }

    @Test
    void aRenameKeepsTheCodeAndBlankFieldsStayAsTheyAre() {
        apply(new ChangeCommand(DAY, district + ".1", "Phường Một", "Phường", null, "NQ"));
        assertThat(nameOn(district + ".1", DAY.minusDays(1))).isEqualTo("Xã 1");
        assertThat(nameOn(district + ".1", DAY)).isEqualTo("Phường Một");
        apply(new ChangeCommand(DAY.plusDays(1), district + ".1", "", "", null, "NQ"));
        assertThat(nameOn(district + ".1", DAY.plusDays(1))).isEqualTo("Phường Một");
    }

    @Test
    void aMoveAndARenameTogetherAreRefusedAsTwoEvents() {
        assertThatThrownBy(() -> apply(new ChangeCommand(DAY, district + ".1.1", "Thôn Mới", "Thôn",
                district + ".2", "QĐ")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("org.change.oneAtATime");
        assertThat(nameOn(district + ".1.1", DAY)).isEqualTo("Thôn 1");
    }

    @Test
    void aMoveGivesTheUnitItsNewParentFromTheDate() {
        apply(new ChangeCommand(DAY, district + ".1.1", null, null, district + ".2", "QĐ"));
        String parent = db.read(em -> em.createQuery("select v.parent.code from OrgUnitVersion v "
                        + "where v.unit.code = :c and v.validFrom <= :d and (v.validTo is null or v.validTo > :d)",
                String.class).setParameter("c", district + ".1.1").setParameter("d", DAY).getSingleResult());
        assertThat(parent).isEqualTo(district + ".2");
    }

    @Test
    void aClosedUnitEndsWithoutSuccessorAndACreatedOneStarts() {
        RestructuringSummary closed = apply(new CloseCommand(DAY, district + ".1.1", "QĐ"));
        assertThat(closed.ending()).containsExactly("Thôn 1 (" + district + ".1.1)");
        RestructuringSummary created = apply(new CreateCommand(DAY, district + ".1.5", "Thôn Năm", "Thôn",
                "RESIDENTIAL_AREA", district + ".1", "QĐ"));
        assertThat(created.continuing()).containsExactly("Thôn Năm (" + district + ".1.5)");
        assertThat(nameOn(district + ".1.1", DAY)).isNull();
        assertThat(nameOn(district + ".1.5", DAY)).isEqualTo("Thôn Năm");
    }

    @Test
    void theHeirOfASplitCanBeChangedAndOnlyToASuccessor() {
        apply(new SplitCommand(DAY, district + ".1", List.of(
                new SplitCommand.Part(district + ".7", "Xã Bảy", "Xã"),
                new SplitCommand.Part(district + ".8", "Xã Tám", "Xã")), 0, "NQ"));
        apply(new HeirCommand(DAY, district + ".1", district + ".8", "QĐ sửa"));
        List<Boolean> heirs = db.read(em -> em.createQuery("select l.inheritsHistory from OrgEventLink l "
                        + "where l.predecessor.code = :c order by l.successor.code", Boolean.class)
                .setParameter("c", district + ".1").getResultList());
        assertThat(heirs).containsExactly(false, true);
        assertThatThrownBy(() -> apply(new HeirCommand(DAY, district + ".1", district + ".2", "QĐ")))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("org.heir.notSuccessor");
    }
}
