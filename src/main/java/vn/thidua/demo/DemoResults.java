package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.Movement;
import vn.thidua.movement.ReportingPeriod;
import vn.thidua.movement.ReportingPeriods;
import vn.thidua.platform.persistence.Rows;
import vn.thidua.platform.time.Formats;
import vn.thidua.platform.time.Validity;
import vn.thidua.result.ResultTotals;

/**
 * The results of the seed's movements, 2019–2024 by the 177 communes and 1,452 residential areas of the time, all
 * approved, adding up exactly to the seed report's province totals; and 2025 by the 54 new communes, mostly
 * approved. Written with JDBC batches (some 25,000 reports) and then rolled up by {@link ResultTotals#rebuild}.
 */
final class DemoResults {

    static final long GIFTS = 354_325;
    static final long GIFT_VALUE = 220_340_000_000L;
    static final long SUPPORT_VALUE = 157_800_000_000L;
    static final long HOUSES = 2_513;
    static final long HOUSE_VALUE = 106_900_000_000L;
    static final long TEAMS = 1_473;
    static final long MEMBERS = 11_046;
    private static final int YEARS = 6;
    /** How many units answer yes, 2019–2025, to what measures the 2024–2029 targets (rising to about 100%). */
    private static final double[] MODEL_AREA_RATE = {0.42, 0.5, 0.58, 0.7, 0.83, 0.97, 0.99};
    private static final double[] ALL_SUPPORTED_RATE = {0.8, 0.84, 0.88, 0.92, 0.96, 1.0, 1.0};
    private static final double[] NO_TEMP_HOUSES_RATE = {0.62, 0.7, 0.78, 0.86, 0.94, 1.0, 1.0};
    private static final String BY = "demo";

    private final EntityManager em;
    private final ReportingPeriods periods;
    private final Random random = new Random(2024);
    /** The answers measuring the 2024–2029 targets, drawn apart so that every other figure stays as it was. */
    private final Random targetAnswers = new Random(2029);
    private final List<Object[]> reports = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();
    private long nextId;

    DemoResults(EntityManager em, ReportingPeriods periods) {
        this.em = em;
        this.periods = periods;
    }

    /** A unit on a period's as_of. */
    record Unit(long id, String code, String level, Long parentId) {
    }

    int load(List<Movement> movements) {
        Map<String, Movement> byCode = new HashMap<>();
        movements.forEach(m -> byCode.put(m.getCode(), m));
        List<ReportingPeriod> years = periods.between(vn.thidua.movement.PeriodKind.YEAR, 2019, 2025);
        List<Unit> communes = units(years.get(0), "COMMUNE");
        List<Unit> areas = units(years.get(0), "RESIDENTIAL_AREA");
        double[] communeWeight = new double[communes.size()];
        Map<Long, Integer> areasPerCommune = new HashMap<>();
        areas.forEach(a -> areasPerCommune.merge(a.parentId(), 1, Integer::sum));
        for (int c = 0; c < communes.size(); c++) {
            communeWeight[c] = Math.max(3, areasPerCommune.getOrDefault(communes.get(c).id(), 0))
                    * (0.7 + 0.6 * random.nextDouble());
        }
        double[] cells = cells(communeWeight, new double[] {0.15, 0.16, 0.16, 0.17, 0.17, 0.19});
        long[] gifts = Shares.split(GIFTS, cells);
        long[] giftValue = thousands(GIFT_VALUE, toDouble(gifts));
        long[] support = thousands(SUPPORT_VALUE, cells(communeWeight, new double[] {0.12, 0.14, 0.16, 0.18, 0.19, 0.21}));
        long[] houses = Shares.split(HOUSES, jitter(cells(communeWeight, new double[] {0.14, 0.15, 0.16, 0.17, 0.18, 0.2})));
        long[] houseValue = thousands(HOUSE_VALUE, toDouble(houses));
        int[] firstTeamYear = new int[communes.size()];
        double[] teamCells = new double[cells.length];
        for (int c = 0; c < communes.size(); c++) {
            firstTeamYear[c] = 2 + random.nextInt(2);
            for (int y = firstTeamYear[c]; y < 5; y++) {
                teamCells[c * YEARS + y] = communeWeight[c];
            }
        }
        long[] teams = Shares.split(TEAMS - communes.size(), teamCells);
        for (int c = 0; c < communes.size(); c++) {
            teams[c * YEARS + firstTeamYear[c]]++;
        }
        long[] members = Shares.split(MEMBERS, toDouble(teams));
        Map<Long, Integer> areaTeamYear = new HashMap<>();
        areas.forEach(a -> areaTeamYear.put(a.id(), 2 + random.nextInt(3)));

        for (int y = 0; y < YEARS; y++) {
            ReportingPeriod period = years.get(y);
            Map<String, List<Unit>> structure = structure(period);
            for (Movement movement : movements) {
                boolean areaLevel = movement.getIndicators().stream()
                        .anyMatch(i -> "RESIDENTIAL_AREA".equals(i.getEntryLevel().getCode()));
                report(movement, structure.get("PROVINCE").get(0), period, "APPROVED", Map.of());
                structure.get("DISTRICT").forEach(d -> report(movement, d, period, "LOCKED", Map.of()));
                for (int c = 0; c < communes.size(); c++) {
                    int cell = c * YEARS + y;
                    Map<String, Object> v = new HashMap<>();
                    switch (movement.getCode()) {
                        case "TET_VI_NGUOI_NGHEO" -> {
                            v.put("GIFTS", gifts[cell]);
                            v.put("GIFT_VALUE", giftValue[cell]);
                            v.put("BUDGET_FREE", y >= 3 || random.nextDouble() < 0.55 + 0.1 * y);
                            v.put("ALL_SUPPORTED", answer(ALL_SUPPORTED_RATE[y]));
                        }
                        case "NHA_DAI_DOAN_KET" -> {
                            v.put("HOUSES", houses[cell]);
                            v.put("HOUSE_VALUE", houseValue[cell]);
                        }
                        case "HO_TRO_NHA_O" -> {
                            v.put("SUPPORT_VALUE", support[cell]);
                            v.put("NO_TEMP_HOUSES", answer(NO_TEMP_HOUSES_RATE[y]));
                        }
                        case "TO_CONG_NGHE_SO" -> {
                            v.put("TEAMS", teams[cell]);
                            v.put("MEMBERS", members[cell]);
                            v.put("COMMUNE_HAS_TEAM", y >= firstTeamYear[c]);
                        }
                        default -> { }
                    }
                    report(movement, communes.get(c), period, "LOCKED", v);
                }
                if (areaLevel) {
                    double[] heldRate = {0.95, 0.62, 0.48, 0.93, 0.98, 1.0};
                    for (Unit area : areas) {
                        Map<String, Object> v = "NGAY_HOI_DDK".equals(movement.getCode())
                                ? Map.of("HELD", random.nextDouble() < heldRate[y], "MODEL_AREA",
                                        answer(MODEL_AREA_RATE[y]))
                                : Map.of("AREA_HAS_TEAM", y >= areaTeamYear.get(area.id()));
                        report(movement, area, period, "LOCKED", v);
                    }
                }
            }
        }
        load2025(movements, years.get(YEARS));
        write();
        ResultTotals totals = new ResultTotals(em);
        for (ReportingPeriod period : years) {
            for (Movement movement : movements) {
                totals.rebuild(movement.getId(), period.getId(), period.getAsOf());
            }
        }
        return reports.size();
    }

    /** 2025 under the 54 new communes: most approved, some submitted or still in draft. */
    private void load2025(List<Movement> movements, ReportingPeriod period) {
        Map<String, List<Unit>> structure = structure(period);
        List<Unit> communes = structure.get("COMMUNE");
        for (Movement movement : movements) {
            for (int c = 0; c < communes.size(); c++) {
                String status = c % 9 == 4 ? "SUBMITTED" : c % 13 == 6 ? "DRAFT" : "APPROVED";
                Map<String, Object> v = new HashMap<>();
                long size = 8 + random.nextInt(12);
                switch (movement.getCode()) {
                    case "TET_VI_NGUOI_NGHEO" -> {
                        long gifts = size * (50 + random.nextInt(30));
                        v.put("GIFTS", gifts);
                        v.put("GIFT_VALUE", gifts * (600 + random.nextInt(150)) * 1000L);
                        v.put("BUDGET_FREE", true);
                        v.put("ALL_SUPPORTED", answer(ALL_SUPPORTED_RATE[YEARS]));
                    }
                    case "NHA_DAI_DOAN_KET" -> {
                        long houses = random.nextInt(12);
                        v.put("HOUSES", houses);
                        v.put("HOUSE_VALUE", houses * (45 + random.nextInt(20)) * 1_000_000L);
                    }
                    case "HO_TRO_NHA_O" -> {
                        v.put("SUPPORT_VALUE", size * (40 + random.nextInt(40)) * 1_000_000L);
                        v.put("NO_TEMP_HOUSES", answer(NO_TEMP_HOUSES_RATE[YEARS]));
                    }
                    case "TO_CONG_NGHE_SO" -> {
                        long teams = random.nextInt(3);
                        v.put("TEAMS", teams);
                        v.put("MEMBERS", teams * (5 + random.nextInt(6)));
                        v.put("COMMUNE_HAS_TEAM", true);
                    }
                    default -> { }
                }
                report(movement, communes.get(c), period, status, v);
            }
            if (movement.getIndicators().stream().anyMatch(i -> "RESIDENTIAL_AREA".equals(i.getEntryLevel().getCode()))) {
                Map<Long, String> communeStatus = new HashMap<>();
                for (int c = 0; c < communes.size(); c++) {
                    communeStatus.put(communes.get(c).id(), c % 9 == 4 || c % 13 == 6 ? "APPROVED" : "LOCKED");
                }
                for (Unit area : structure.get("RESIDENTIAL_AREA")) {
                    Map<String, Object> v = "NGAY_HOI_DDK".equals(movement.getCode())
                            ? Map.of("HELD", random.nextDouble() < 0.99, "MODEL_AREA", answer(MODEL_AREA_RATE[YEARS]))
                            : Map.of("AREA_HAS_TEAM", true);
                    report(movement, area, period, communeStatus.get(area.parentId()), v);
                }
            }
        }
    }

    /** A yes with the given probability, from {@link #targetAnswers}. */
    private boolean answer(double rate) {
        return targetAnswers.nextDouble() < rate;
    }

    private void report(Movement movement, Unit unit, ReportingPeriod period, String status, Map<String, Object> v) {
        long reportId = ++nextId;
        reports.add(new Object[] {reportId, movement.getId(), unit.id(), period.getId(), status,
                sentOn(unit.id(), period)});
        for (Indicator indicator : movement.getIndicators()) {
            Object value = v.get(indicator.getCode());
            if (value != null) {
                values.add(new Object[] {++nextId, reportId, indicator.getId(), value});
            }
        }
    }

    /**
     * When a demo report was sent: around its period's closing day (as_of), from two weeks before to a week after,
     * and for about one report in a hundred a month after, so that the term review lists a few late reports.
     */
    static OffsetDateTime sentOn(long unitId, ReportingPeriod period) {
        int days = (int) ((unitId * 31 + period.getYear()) % 22) - 14;
        if ((unitId * 7 + period.getYear()) % 97 == 0) {
            days += 30;
        }
        return period.getAsOf().plusDays(days).atTime(9, 30).atZone(Formats.ZONE).toOffsetDateTime();
    }

    private void write() {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            long base = reserveIds(connection, nextId);
            OffsetDateTime now = OffsetDateTime.now(Formats.ZONE);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO result_report (id, version,"
                    + " movement_id, unit_id, period_id, status, updated_at, updated_by, submitted_at, submitted_by,"
                    + " approved_at, approved_by) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Object[] r : reports) {
                    String status = (String) r[4];
                    boolean submitted = !"DRAFT".equals(status);
                    boolean approved = "APPROVED".equals(status) || "LOCKED".equals(status);
                    insert.setLong(1, base + (Long) r[0]);
                    insert.setLong(2, (Long) r[1]);
                    insert.setLong(3, (Long) r[2]);
                    insert.setLong(4, (Long) r[3]);
                    insert.setString(5, status);
                    insert.setObject(6, now);
                    insert.setString(7, BY);
                    insert.setObject(8, submitted ? r[5] : null);
                    insert.setString(9, submitted ? BY : null);
                    insert.setObject(10, approved ? ((OffsetDateTime) r[5]).plusDays(3) : null);
                    insert.setString(11, approved ? BY : null);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO result_value (id, version,"
                    + " report_id, indicator_id, amount, flag) VALUES (?, 0, ?, ?, ?, ?)")) {
                for (Object[] r : values) {
                    insert.setLong(1, base + (Long) r[0]);
                    insert.setLong(2, base + (Long) r[1]);
                    insert.setLong(3, (Long) r[2]);
                    if (r[3] instanceof Boolean flag) {
                        insert.setObject(4, null, java.sql.Types.BIGINT);
                        insert.setBoolean(5, flag);
                    } else {
                        insert.setLong(4, (Long) r[3]);
                        insert.setObject(5, null, java.sql.Types.BOOLEAN);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Demo results could not be written", e);
        }
    }

    /** Takes {@code count} ids from the shared sequence: answers the base to add to 1..count. */
    static long reserveIds(Connection connection, long count) throws SQLException {
        boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
        try (Statement statement = connection.createStatement()) {
            var rs = statement.executeQuery(h2 ? "SELECT NEXT VALUE FOR thidua_seq" : "SELECT nextval('thidua_seq')");
            rs.next();
            long start = rs.getLong(1);
            long restart = start + 50 * (count / 50 + 2);
            statement.execute("ALTER SEQUENCE thidua_seq RESTART WITH " + restart);
            return start;
        }
    }

    private Map<String, List<Unit>> structure(ReportingPeriod period) {
        Map<String, List<Unit>> byLevel = new HashMap<>();
        for (String level : List.of("PROVINCE", "DISTRICT", "COMMUNE", "RESIDENTIAL_AREA")) {
            byLevel.put(level, units(period, level));
        }
        return byLevel;
    }

    private List<Unit> units(ReportingPeriod period, String level) {
        List<?> rows = em.createNativeQuery("SELECT u.id, u.code, v.parent_id FROM org_unit u"
                        + " JOIN org_level l ON l.id = u.level_id JOIN org_unit_version v ON v.unit_id = u.id"
                        + " WHERE l.code = ?2 AND " + Validity.sql("v", 1) + " ORDER BY u.code")
                .setParameter(1, period.getAsOf()).setParameter(2, level).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new Unit(Rows.number(r[0]), Rows.text(r[1]), level,
                r[2] == null ? null : Rows.number(r[2]))).toList();
    }

    private static double[] cells(double[] communeWeight, double[] yearWeight) {
        double[] cells = new double[communeWeight.length * YEARS];
        for (int c = 0; c < communeWeight.length; c++) {
            for (int y = 0; y < YEARS; y++) {
                cells[c * YEARS + y] = communeWeight[c] * yearWeight[y];
            }
        }
        return cells;
    }

    private double[] jitter(double[] cells) {
        double[] result = cells.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] *= random.nextDouble() < 0.25 ? 0 : 0.5 + random.nextDouble();
        }
        return result;
    }

    /** Splits a VND total in whole thousands. */
    private static long[] thousands(long total, double[] weights) {
        long[] parts = Shares.split(total / 1000, weights);
        for (int i = 0; i < parts.length; i++) {
            parts[i] *= 1000;
        }
        return parts;
    }

    private static double[] toDouble(long[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
