package vn.thidua.organization;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo residential areas: no public list of Quảng Ninh's 1,452 thôn, bản and khu phố exists, so they are
 * generated (marked demo) under the commune-level units of {@link ReferenceHistory#BASELINE}, with names of the
 * usual kinds (thôn or bản under a xã, khu phố or tổ dân phố under a phường or thị trấn), and carried to the
 * successors of their commune at every later event: to the one successor, or spread over the successors of a
 * split commune. Their count never changes.
 */
public class ResidentialAreaGenerator {

    public static final int TOTAL = 1452;

    private static final String[] VILLAGES = {"Đồng Tâm", "Tân Tiến", "Bắc Sơn", "Nam Hải", "Trung Thành",
        "Hòa Bình", "An Lạc", "Phú Cường", "Thượng", "Hạ", "Đông", "Tây", "Quyết Tiến", "Thống Nhất", "Đoàn Kết",
        "Khe Lạc", "Nà Bắc", "Cao Sơn", "Hợp Thành", "Tân Lập", "Vĩnh Thực", "Đồng Bằng", "Bình Minh", "Hải Tiến"};

    private final EntityManager em;
    private final Restructuring restructuring;

    public ResidentialAreaGenerator(EntityManager em, Restructuring restructuring) {
        this.em = em;
        this.restructuring = restructuring;
    }

    public int generate() {
        OrgLevel level = OrgLevel.find(em, "RESIDENTIAL_AREA").orElseThrow();
        List<OrgUnit> communes = em.createQuery("select u from OrgUnit u where u.level.code = 'COMMUNE' "
                        + "and u.validFrom <= :date and (u.validTo is null or u.validTo > :date) order by u.code",
                OrgUnit.class).setParameter("date", ReferenceHistory.BASELINE).getResultList();
        Map<OrgUnit, List<OrgEventLink>> successors = successorLinks();
        // A commune that ended without a successor (Hoà Lạc) gets none: its areas would be left without a parent.
        communes = communes.stream().filter(c -> c.getValidTo() == null || successors.containsKey(c)).toList();
        OrgEvent event = restructuring.event(OrgEvent.Kind.CREATE, ReferenceHistory.BASELINE,
                "Dữ liệu mẫu: thôn, bản, khu phố (không có danh sách công khai)");
        int base = TOTAL / communes.size();
        int extra = TOTAL % communes.size();
        int created = 0;
        for (int c = 0; c < communes.size(); c++) {
            OrgUnit commune = communes.get(c);
            int count = base + (c < extra ? 1 : 0);
            for (int i = 0; i < count; i++) {
                OrgUnit area = new OrgUnit(commune.getCode() + "." + String.format("%02d", i + 1), level,
                        name(commune, c, i), type(commune, i), commune, ReferenceHistory.BASELINE, event);
                area.markDemo();
                em.persist(area);
                carryForward(area, i, successors);
                created++;
            }
        }
        return created;
    }

    private void carryForward(OrgUnit area, int index, Map<OrgUnit, List<OrgEventLink>> successors) {
        OrgUnit parent = area.latest().getParent();
        while (parent.getValidTo() != null && successors.containsKey(parent)) {
            List<OrgEventLink> links = successors.get(parent);
            OrgEventLink link = links.get(index % links.size());
            restructuring.reparent(area, link.getSuccessor(), link.getEvent());
            parent = link.getSuccessor();
        }
    }

    private Map<OrgUnit, List<OrgEventLink>> successorLinks() {
        Map<OrgUnit, List<OrgEventLink>> links = new HashMap<>();
        em.createQuery("select l from OrgEventLink l join fetch l.event order by l.id", OrgEventLink.class)
                .getResultList()
                .forEach(link -> links.computeIfAbsent(link.getPredecessor(), k -> new ArrayList<>()).add(link));
        links.values().forEach(list -> list.sort(Comparator.comparing((OrgEventLink l) -> !l.isInheritsHistory())));
        return links;
    }

    private static boolean isRural(OrgUnit commune) {
        return commune.versionOn(ReferenceHistory.BASELINE).orElseThrow().getType().equals("Xã");
    }

    private static String type(OrgUnit commune, int index) {
        if (isRural(commune)) {
            return index % 3 == 2 ? "Bản" : "Thôn";
        }
        return index % 2 == 0 ? "Khu phố" : "Tổ dân phố";
    }

    private static String name(OrgUnit commune, int communeIndex, int index) {
        String type = type(commune, index);
        if (isRural(commune)) {
            return type + " " + VILLAGES[(communeIndex * 5 + index) % VILLAGES.length];
        }
        return type + " " + (index + 1);
    }
}
