package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.Movement;
import vn.thidua.organization.OrgUnit;
import vn.thidua.platform.audit.AuditLog;
import vn.thidua.platform.time.Formats;
import vn.thidua.review.NextTermTargets;
import vn.thidua.review.ReviewSection;
import vn.thidua.review.TermReview;

/**
 * The province's 2019–2024 term review as the conference of 23 May 2024 adopted it (demo data): drafted by the
 * province's officer, approved by its leader, its narrative drawn from the seed report, and the annual targets of
 * the 2024–2029 term, each measured by a share of units ({@link #MEASURES}) and set as the services set them
 * ({@link NextTermTargets}): for the province and every unit below it, each year of the term.
 */
final class DemoReviews {

    static final String OFFICER = "tinh.canbo";
    static final String LEADER = "tinh.lanhdao";

    static final List<String> TARGETS = List.of(
            "100% khu dân cư tổ chức được Ngày hội Đại đoàn kết toàn dân tộc gắn với bổ sung hương ước, quy ước ở"
                    + " thôn, bản, khu phố (nếu có)",
            "100% khu dân cư xây dựng được từ 1 - 2 mô hình khu dân cư đoàn kết, đồng thuận, an ninh, an toàn, ấm no,"
                    + " hạnh phúc",
            "100% hộ nghèo, hộ cận nghèo theo tiêu chí của tỉnh, trẻ em mồ côi và các đối tượng yếu thế có hoàn cảnh"
                    + " khó khăn được hỗ trợ, giúp đỡ",
            "Phối hợp giữ vững thành quả hoàn thành xóa nhà ở tạm, nhà ở dột nát; không để phát sinh nhà ở tạm, nhà ở"
                    + " dột nát trên địa bàn tỉnh");

    /** The indicator measuring each target: the share of units that answered yes, to reach 100% every year. */
    static final List<String> MEASURES = List.of("NGAY_HOI_DDK/HELD_SHARE", "NGAY_HOI_DDK/MODEL_AREA_SHARE",
            "TET_VI_NGUOI_NGHEO/ALL_SUPPORTED_SHARE", "HO_TRO_NHA_O/NO_TEMP_HOUSES_SHARE");

    /** The last year of the term reviewed, and the first of the next. */
    static final int NEXT_TERM_FROM = 2024;

    private final EntityManager em;
    private final AuditLog audit;

    DemoReviews(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    TermReview create(OrgUnit province, List<Movement> movements) {
        var drafted = LocalDateTime.of(2024, 5, 10, 9, 0).atZone(Formats.ZONE).toInstant();
        var approved = LocalDateTime.of(2024, 5, 23, 8, 0).atZone(Formats.ZONE).toInstant();
        TermReview review = new TermReview(province, 2019, NEXT_TERM_FROM, OFFICER, drafted);
        review.write(ReviewSection.ACHIEVEMENTS, "Qua 5 năm (2019 - 2024) thực hiện các cuộc vận động, phong trào"
                + " thi đua do MTTQ chủ trì, phát động trên địa bàn tỉnh Quảng Ninh, đã phát huy được tính tích cực,"
                + " chủ động, sáng tạo và nội lực của Nhân dân trong thực hiện nhiệm vụ phát triển kinh tế - xã hội, giữ"
                + " vững quốc phòng - an ninh, khơi dậy truyền thống đoàn kết trong các tầng lớp nhân dân, không ngừng"
                + " tăng cường, củng cố và mở rộng khối đại đoàn kết toàn dân, phát huy quyền làm chủ của Nhân dân.\n"
                + "Từ năm 2022 đến nay, Ủy ban MTTQ và các tổ chức thành viên các cấp trong tỉnh duy trì huy động nguồn"
                + " lực xã hội hóa 100%, không sử dụng ngân sách để thực hiện Chương trình “Tết Vì người nghèo” bảo đảm"
                + " “mọi người dân đều có Tết”.\n"
                + "Qua đó, đã góp phần quan trọng vào công tác giảm nghèo, thực hiện các chương trình an sinh xã hội,"
                + " phát triển kinh tế - xã hội vùng đồng bào dân tộc, tham gia xây dựng nông thôn mới, xây dựng nếp sống"
                + " văn hóa, văn minh gắn với phát huy bản sắc văn hóa đặc sắc; giám sát, thực hiện Quy chế dân chủ ở cơ"
                + " sở, vận động hiến đất, giải phóng mặt bằng, tạo đồng thuận cao trong xã hội.", OFFICER, drafted);
        review.write(ReviewSection.SHORTCOMINGS, "Công tác tuyên truyền, vận động thực hiện Cuộc vận động, phong trào"
                + " thi đua ở một số địa phương, ngành, đoàn thể chưa đi vào trọng tâm cụ thể, chưa có nhiều giải pháp"
                + " đột phá nhằm phát huy được tiềm năng, sức mạnh trong Nhân dân.\n"
                + "Công tác phối hợp và thống nhất hành động đôi lúc còn lúng túng; việc kiểm tra, đánh giá việc thực"
                + " hiện các phong trào, cuộc vận động có nơi, có lúc còn chưa thường xuyên, dẫn đến việc chất lượng tổ"
                + " chức triển khai chưa đồng đều.", OFFICER, drafted);
        review.write(ReviewSection.LESSONS, "Phát huy tính tích cực, chủ động, sáng tạo và nội lực của Nhân dân;"
                + " huy động nguồn lực xã hội hóa thay cho ngân sách; kiểm tra, đánh giá thường xuyên và thống nhất hành"
                + " động giữa MTTQ và các tổ chức thành viên để chất lượng triển khai đồng đều ở các địa phương.",
                OFFICER, drafted);
        review.write(ReviewSection.DIRECTIONS, "Trong giai đoạn tới, gắn với nhiệm kỳ 2024-2029, Ban Thường trực Ủy"
                + " ban MTTQ tỉnh tiếp tục tập trung vào các mục tiêu: đảm bảo an sinh xã hội, chăm lo giúp đỡ người"
                + " nghèo, người yếu thế, xây dựng văn hoá, con người giàu bản sắc Quảng Ninh, hướng tới nâng cao toàn"
                + " diện chất lượng đời sống Nhân dân.\n"
                + "Gắn kết chặt chẽ các Cuộc vận động, phong trào thi đua do MTTQ chủ trì với các phong trào xây dựng"
                + " đời sống văn hoá, bảo vệ an ninh Tổ quốc, bảo vệ chủ quyền, lãnh thổ, an ninh biên giới quốc gia,"
                + " phòng cháy chữa cháy, bảo đảm an ninh trật tự, an toàn giao thông và công tác bảo vệ môi trường.\n"
                + "Thực hiện đổi mới, nâng cao chất lượng các cuộc vận động, phong trào thi đua yêu nước; triển khai"
                + " Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.", OFFICER, drafted);
        review.approve(LEADER, approved);
        review.markDemo();
        em.persist(review);
        em.flush();
        List<NextTermTargets.Planned> planned = new ArrayList<>();
        for (int i = 0; i < TARGETS.size(); i++) {
            String[] measure = MEASURES.get(i).split("/");
            planned.add(new NextTermTargets.Planned(TARGETS.get(i), indicator(movements, measure[0], measure[1]),
                    BigDecimal.valueOf(100)));
        }
        new NextTermTargets(em, audit, AuditLog.SYSTEM).replace(review, planned);
        return review;
    }

    private static Indicator indicator(List<Movement> movements, String movement, String code) {
        return movements.stream().filter(m -> m.getCode().equals(movement)).findFirst()
                .flatMap(m -> m.getIndicators().stream().filter(i -> i.getCode().equals(code)).findFirst())
                .orElseThrow();
    }
}
