package vn.thidua.organization;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import vn.thidua.platform.audit.AuditLog;

/**
 * Loads the real administrative units of Quảng Ninh (reference/units, see SOURCES.md there) at the first start,
 * as one history of events: the structure of May 2024 (taken as valid from {@link #BASELINE}), the changes of
 * 01/11/2024 (Resolution 1199/NQ-UBTVQH15) and the reform of 01/07/2025 (Resolution 1679/NQ-UBTVQH15: the
 * district level ends, 171 communes become 54). Where an old commune was split, the first new unit named for it
 * in the source inherits its history. Phường Hoà Lạc (Móng Cái) is in the May 2024 list but not in November's, and
 * no source here names its successor: it is closed on 01/11/2024 without one.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class ReferenceHistory {

    public static final LocalDate BASELINE = LocalDate.of(2019, 1, 1);
    public static final LocalDate REARRANGEMENT_2024 = LocalDate.of(2024, 11, 1);
    public static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);
    static final String BASIS_BASELINE = "Danh mục đơn vị hành chính (Tổng cục Thống kê), bản 01/05/2024";
    static final String BASIS_2024 = "Nghị quyết 1199/NQ-UBTVQH15 ngày 28/9/2024";
    static final String BASIS_2025 = "Nghị quyết 1679/NQ-UBTVQH15 ngày 16/6/2025";
    private static final String PROVINCE_CODE = "22";
    private static final Logger LOG = Logger.getLogger(ReferenceHistory.class.getName());

    /** Which level a unit type belongs to; types not listed (Tỉnh) are the province. */
    private static final Map<String, String> LEVEL_OF_TYPE = Map.of(
            "Thành phố", "DISTRICT", "Thị xã", "DISTRICT", "Huyện", "DISTRICT",
            "Phường", "COMMUNE", "Xã", "COMMUNE", "Thị trấn", "COMMUNE", "Đặc khu", "COMMUNE");

    @PersistenceContext
    private EntityManager em;

    private Restructuring restructuring;
    private Map<String, OrgLevel> levels;

    @PostConstruct
    void load() {
        if (em.createQuery("select count(u) from OrgUnit u where u.level.code = 'DISTRICT'", Long.class)
                .getSingleResult() > 0) {
            return;
        }
        restructuring = new Restructuring(em, AuditLog.SYSTEM);
        levels = new HashMap<>();
        em.createQuery("select l from OrgLevel l", OrgLevel.class).getResultList()
                .forEach(level -> levels.put(level.getCode(), level));
        OrgUnit province = em.createQuery("select u from OrgUnit u where u.code = :code and u.validTo is null",
                OrgUnit.class).setParameter("code", PROVINCE_CODE).getSingleResult();
        Map<String, OrgUnit> may2024 = baseline(province);
        Map<String, OrgUnit> november2024 = rearrangement2024(may2024, province);
        reform2025(november2024, province);
        LOG.info("Reference history of org units loaded: 2019 structure, 01/11/2024 and 01/07/2025 changes");
    }

    private Map<String, OrgUnit> baseline(OrgUnit province) {
        OrgEvent event = restructuring.event(OrgEvent.Kind.CREATE, BASELINE, BASIS_BASELINE);
        Map<String, OrgUnit> units = new LinkedHashMap<>();
        units.put(PROVINCE_CODE, province);
        for (Map<String, String> row : ReferenceCsv.read("units-2024-05.csv")) {
            if (!row.get("code").equals(PROVINCE_CODE)) {
                units.put(row.get("code"), restructuring.create(event, spec(row, units)));
            }
        }
        return units;
    }

    private Map<String, OrgUnit> rearrangement2024(Map<String, OrgUnit> before, OrgUnit province) {
        LocalDate date = REARRANGEMENT_2024;
        Map<String, Map<String, String>> after = byCode(ReferenceCsv.read("units-2024-11.csv"));
        Map<String, OrgUnit> units = new LinkedHashMap<>(before);
        Map<String, List<String>> merges = new LinkedHashMap<>();
        for (Map<String, String> row : ReferenceCsv.read("merge-2024-11.csv")) {
            merges.computeIfAbsent(row.get("new_code"), k -> new ArrayList<>()).add(row.get("old_code"));
        }
        merges.forEach((newCode, oldCodes) -> {
            OrgUnit survivor = before.get(newCode);
            Map<String, String> target = after.get(newCode);
            boolean renamed = !target.get("name").equals(survivor.getName())
                    || !target.get("type").equals(survivor.latest().getType());
            NewUnit change = renamed ? spec(target, units) : null;
            restructuring.merge(oldCodes.stream().map(before::get).toList(), survivor, change, date, BASIS_2024);
            oldCodes.stream().filter(code -> !code.equals(newCode)).forEach(units::remove);
        });
        OrgEvent changes = restructuring.event(OrgEvent.Kind.CHANGE, date, BASIS_2024);
        OrgEvent closures = null;
        for (Map.Entry<String, OrgUnit> entry : new ArrayList<>(units.entrySet())) {
            Map<String, String> row = after.get(entry.getKey());
            OrgUnit unit = entry.getValue();
            if (unit == province || merges.containsKey(entry.getKey())) {
                continue;
            }
            if (row == null) {
                closures = closures != null ? closures : restructuring.event(OrgEvent.Kind.CLOSE, date, BASIS_2024);
                restructuring.close(unit, closures);
                units.remove(entry.getKey());
                LOG.warning(() -> "Closed without a known successor on " + date + ": " + unit.getName());
            } else if (!row.get("name").equals(unit.getName()) || !row.get("type").equals(unit.latest().getType())) {
                restructuring.change(unit, row.get("name"), row.get("type"), changes);
            }
        }
        return units;
    }

    private void reform2025(Map<String, OrgUnit> before, OrgUnit province) {
        LocalDate date = REFORM_2025;
        Map<String, Map<String, String>> after = byCode(ReferenceCsv.read("units-2025-07.csv"));
        List<Map<String, String>> mapping = ReferenceCsv.read("merge-2025-07.csv");
        before.values().stream().filter(u -> u.getLevel().getCode().equals("COMMUNE"))
                .forEach(u -> restructuring.end(u, date));
        OrgEvent districtsEnd = restructuring.event(OrgEvent.Kind.CLOSE, date, BASIS_2025);
        before.values().stream().filter(u -> u.getLevel().getCode().equals("DISTRICT"))
                .forEach(u -> restructuring.close(u, districtsEnd));
        Map<String, OrgUnit> created = new HashMap<>();
        Map<String, Boolean> heirTaken = new HashMap<>();
        for (Map<String, String> row : mapping) {
            String newCode = row.get("new_code");
            OrgUnit successor = created.computeIfAbsent(newCode, code -> restructuring.create(
                    restructuring.event(OrgEvent.Kind.MERGE, date, BASIS_2025),
                    spec(after.get(code), Map.of(PROVINCE_CODE, province))));
            OrgUnit predecessor = Objects.requireNonNull(before.get(row.get("old_code")), row.get("old_code"));
            boolean heir = heirTaken.putIfAbsent(row.get("old_code"), Boolean.TRUE) == null;
            OrgEvent event = successor.latest().getEvent();
            restructuring.link(event, predecessor, successor, "partial".equals(row.get("scope")), heir);
        }
    }

    private NewUnit spec(Map<String, String> row, Map<String, OrgUnit> units) {
        String type = row.get("type");
        String level = LEVEL_OF_TYPE.getOrDefault(type, "PROVINCE");
        OrgUnit parent = row.get("parent_code").isEmpty() ? null : units.get(row.get("parent_code"));
        return new NewUnit(row.get("code"), levels.get(level), row.get("name"), type, parent);
    }

    private static Map<String, Map<String, String>> byCode(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.getOrDefault("code", row.get("new_code")), row));
        return map;
    }
}
