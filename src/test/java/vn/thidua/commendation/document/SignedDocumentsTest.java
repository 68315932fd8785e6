package vn.thidua.commendation.document;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.thidua.commendation.Award;
import vn.thidua.commendation.AwardType;
import vn.thidua.commendation.Decision;
import vn.thidua.commendation.Download;
import vn.thidua.commendation.Gender;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.RecipientKind;
import vn.thidua.commendation.registry.AwardFilter;
import vn.thidua.commendation.registry.AwardLine;
import vn.thidua.commendation.registry.DecisionQueries;
import vn.thidua.commendation.registry.DecisionSummary;
import vn.thidua.commendation.registry.RegistryQueries;
import vn.thidua.commendation.registry.RegistryScope;
import vn.thidua.organization.OrgDatabase;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.text.SearchText;

/**
 * A signed decision on the real schema (Flyway's V13 included) reads as it was signed: its documents kept at signing
 * are served as kept, and the registry lists its award with the names it was granted with, after the award type is
 * renamed and the nominee's record corrected. A decision signed before documents were kept has them generated on
 * the first download, and kept.
 */
class SignedDocumentsTest {

    @RegisterExtension
    static final OrgDatabase db = new OrgDatabase();

    private static final long PROVINCE = 100;

    private static long signed;
    private static long signedAward;
    private static long older;
    private static long olderAward;
    private static Download decisionAsSigned;
    private static Download certificateAsSigned;

    @BeforeAll
    static void signThenRenameAndCorrect() {
        db.run(em -> {
            Decision decision = decision(em, 1);
            signedAward = award(em, "Nguyễn Thị Hằng", decision);
            new SignedDocuments(em).keep(decision);
            signed = decision.getId();
            Decision before = decision(em, 2);
            olderAward = award(em, "Trần Văn Bình", before);
            older = before.getId();
        });
        decisionAsSigned = db.inTransaction(em -> new SignedDocuments(em).decision(em.find(Decision.class, signed)));
        certificateAsSigned = db.inTransaction(em -> new SignedDocuments(em).certificate(signedAward));
        db.run(em -> {
            em.createNativeQuery("UPDATE award_type SET name_vi = 'Bằng khen Đổi Tên', name_en = 'Renamed'"
                    + " WHERE code = 'BANG_KHEN'").executeUpdate();
            em.createQuery("select e from Nominee e where e.name = 'Nguyễn Thị Hằng'", Nominee.class)
                    .getSingleResult().correct("Nguyễn Thị Hạnh", 1975, Gender.FEMALE, "Chủ nhiệm câu lạc bộ", false);
        });
    }

    @Test
    void theDocumentsKeptAtSigningAreServedAsKeptAfterRenamesAndCorrections() throws IOException {
        Download decision = db.inTransaction(em -> new SignedDocuments(em).decision(em.find(Decision.class, signed)));
        Download certificate = db.inTransaction(em -> new SignedDocuments(em).certificate(signedAward));

        assertThat(decision.content()).isEqualTo(decisionAsSigned.content());
        assertThat(certificate.content()).isEqualTo(certificateAsSigned.content());
        assertThat(text(decision.content())).contains("Nguyễn Thị Hằng", "Bằng khen", "Trưởng ban công tác Mặt trận")
                .doesNotContain("Thị Hạnh", "Đổi Tên", "Chủ nhiệm");
        assertThat(text(certificate.content())).contains("Nguyễn Thị Hằng", "BẰNG KHEN")
                .doesNotContain("Thị Hạnh", "ĐỔI TÊN", "Chủ nhiệm");
        assertThat(decision.fileName()).isEqualTo("quyet-dinh-1-qd-mttq-2026.pdf");
        assertThat(certificate.fileName()).isEqualTo("chung-nhan-bang-khen-" + signedAward + ".pdf");
    }

    @Test
    void theRegistryListsTheAwardWithTheNamesItWasGrantedWithAndFindsItByEitherName() {
        AwardLine award = db.<AwardLine>read(em -> new RegistryQueries(em).award(signedAward).orElseThrow());

        assertThat(award.recipientName()).isEqualTo("Nguyễn Thị Hằng");
        assertThat(award.jobTitle()).isEqualTo("Trưởng ban công tác Mặt trận khu phố 3");
        assertThat(award.awardTypeNameVi()).isEqualTo("Bằng khen");
        assertThat(named("nguyen thi hang")).containsExactly(signedAward);
        assertThat(named("nguyen thi hanh")).as("by the corrected name").containsExactly(signedAward);
        assertThat(named("nguyen thi hoa")).isEmpty();
        List<DecisionSummary> decisions = db.read(em -> new DecisionQueries(em).page(RegistryScope.ofEverything(),
                null, null, 0, 10));
        assertThat(decisions).extracting(DecisionSummary::awardTypeNameVi).containsOnly("Bằng khen");
    }

    @Test
    void aDecisionSignedBeforeDocumentsWereKeptHasThemGeneratedOnTheFirstDownloadThenKept() throws IOException {
        Download first = db.inTransaction(em -> new SignedDocuments(em).decision(em.find(Decision.class, older)));
        Download again = db.inTransaction(em -> new SignedDocuments(em).decision(em.find(Decision.class, older)));
        Download certificate = db.inTransaction(em -> new SignedDocuments(em).certificate(olderAward));

        assertThat(again.content()).isEqualTo(first.content());
        assertThat(text(first.content())).contains("Trần Văn Bình", "Số: 2/QĐ-MTTQ");
        assertThat(text(certificate.content())).contains("Trần Văn Bình");
        assertThat(db.<Long>read(em -> (Long) em.createQuery("select count(s) from SignedDocument s"
                + " where s.decision.id = :d and s.uploadedBy = 'system'").setParameter("d", older)
                .getSingleResult())).isEqualTo(2);
    }

    private static List<Long> named(String typed) {
        return db.read(em -> new RegistryQueries(em).search(RegistryScope.ofEverything(),
                new AwardFilter(SearchText.normalize(typed), null, null, null, null), 0, 10)).stream()
                .map(AwardLine::id).toList();
    }

    private static Decision decision(EntityManager em, int seq) {
        Decision decision = new Decision(em.find(OrgUnit.class, PROVINCE), type(em), seq, LocalDate.of(2026, 3, 2),
                new Decision.Signature("lanhdao", "Trần Văn Minh", "Chủ tịch", "tặng Bằng khen"));
        em.persist(decision);
        return decision;
    }

    private static long award(EntityManager em, String name, Decision decision) {
        OrgUnit province = em.find(OrgUnit.class, PROVINCE);
        Nominee nominee = new Nominee(RecipientKind.INDIVIDUAL, name, province, "test")
                .person(1975, Gender.FEMALE, "Trưởng ban công tác Mặt trận khu phố 3");
        em.persist(nominee);
        Award award = new Award(nominee, type(em), 2025, 2025, decision, province, null);
        em.persist(award);
        em.flush();
        return award.getId();
    }

    private static AwardType type(EntityManager em) {
        return em.createQuery("select t from AwardType t where t.code = 'BANG_KHEN'", AwardType.class)
                .getSingleResult();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
