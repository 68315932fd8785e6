import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data for scripts/bench-rollup (not part of the application): on a database the application has
 * migrated and loaded with the demo data, adds copies of Quảng Ninh's 2019 districts, communes and residential
 * areas under the province until there are {@code scale} times as many, and a movement BENCH_20 with 20 indicators
 * (18 counts entered by communes, a yes/no by residential areas and its coverage) reported and approved by every
 * commune and residential area for 2019–2024. The roll-up totals are then rebuilt by the application itself.
 *   java -cp postgresql.jar scripts/bench/BenchData.java JDBC_URL SCALE
 */
public class BenchData {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final long[] PERIODS = {201, 202, 203, 204, 205, 206};
    private static final LocalDate[] AS_OF = {LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31),
        LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 10, 31)};

    record Unit(long id, String code, long level, Long parent) {
    }

    public static void main(String[] args) throws SQLException {
        int scale = Integer.parseInt(args[1]);
        try (Connection db = DriverManager.getConnection(args[0], "postgres", "")) {
            db.setAutoCommit(false);
            List<Unit> units = units(db, LocalDate.of(2019, 6, 30));
            long copies = count(db, "SELECT COUNT(*) FROM org_unit WHERE code LIKE 'B%.%' OR code LIKE 'B%-%'");
            int made = copies > 0 ? 0 : copy(db, units, scale - 1);
            long movement = movement(db);
            int reports = reports(db, movement);
            db.commit();
            System.out.printf("bench data: %d units copied, %d BENCH_20 reports%n", made, reports);
        }
    }

    /** The districts, communes and areas below the province on {@code date}, parents first. */
    static List<Unit> units(Connection db, LocalDate date) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT u.id, u.code, u.level_id, v.parent_id FROM org_unit u"
                + " JOIN org_unit_version v ON v.unit_id = u.id WHERE v.valid_from <= ? AND (v.valid_to IS NULL"
                + " OR v.valid_to > ?) AND u.level_id > 1 ORDER BY u.level_id, u.code")) {
            q.setObject(1, date);
            q.setObject(2, date);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    units.add(new Unit(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return units;
    }

    static int copy(Connection db, List<Unit> units, int copies) throws SQLException {
        long next = reserve(db, 2L * units.size() * copies);
        int made = 0;
        try (PreparedStatement unit = db.prepareStatement("INSERT INTO org_unit (id, code, level_id, valid_from,"
                + " demo) VALUES (?, ?, ?, ?, TRUE)");
             PreparedStatement version = db.prepareStatement("INSERT INTO org_unit_version (id, unit_id, name,"
                + " name_search, unit_type, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int k = 1; k <= copies; k++) {
                java.util.Map<Long, Long> ids = new java.util.HashMap<>();
                for (Unit u : units) {
                    long id = ++next;
                    ids.put(u.id(), id);
                    String code = "B" + k + "-" + u.code();
                    unit.setLong(1, id);
                    unit.setString(2, code);
                    unit.setLong(3, u.level());
                    unit.setObject(4, FROM);
                    unit.addBatch();
                    version.setLong(1, ++next);
                    version.setLong(2, id);
                    version.setString(3, "Đơn vị mô phỏng " + code);
                    version.setString(4, "don vi mo phong " + code.toLowerCase());
                    version.setString(5, u.level() == 2 ? "Huyện" : u.level() == 3 ? "Xã" : "Thôn");
                    version.setLong(6, u.level() == 2 ? u.parent() : ids.get(u.parent()));
                    version.setObject(7, FROM);
                    version.addBatch();
                    made++;
                }
                unit.executeBatch();
                version.executeBatch();
            }
        }
        return made;
    }

    static long movement(Connection db) throws SQLException {
        long existing = count(db, "SELECT COALESCE(MAX(id), 0) FROM movement WHERE code = 'BENCH_20'");
        if (existing > 0) {
            return existing;
        }
        long id = reserve(db, 30) + 1;
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO movement (id, code, kind, name, name_search, launching_unit_id, participant_root_id,"
                    + " year_from, year_to, period_kind, status, demo) VALUES (" + id + ", 'BENCH_20', 'EMULATION',"
                    + " 'Phong trào đo hiệu năng', 'phong trao do hieu nang', 100, 100, 2019, 2024, 'YEAR', 'ACTIVE', TRUE)");
            for (int i = 1; i <= 18; i++) {
                s.execute("INSERT INTO indicator (id, movement_id, code, name_vi, name_en, kind, unit_of_measure,"
                        + " entry_level_id, sort_order) VALUES (" + (id + i) + ", " + id + ", 'C" + i + "', 'Chỉ tiêu "
                        + i + "', 'Indicator " + i + "', 'COUNT', 'lượt', 3, " + i + ")");
            }
            s.execute("INSERT INTO indicator (id, movement_id, code, name_vi, name_en, kind, entry_level_id,"
                    + " sort_order) VALUES (" + (id + 19) + ", " + id + ", 'HELD', 'Có tổ chức', 'Held', 'YES_NO', 4, 19)");
            s.execute("INSERT INTO indicator (id, movement_id, code, name_vi, name_en, kind, unit_of_measure,"
                    + " entry_level_id, source_id, sort_order) VALUES (" + (id + 20) + ", " + id
                    + ", 'HELD_SHARE', 'Tỷ lệ', 'Share', 'COVERAGE', '%', 4, " + (id + 19) + ", 20)");
        }
        return id;
    }

    /** A report of every commune and area (not yet reported) for each year, approved, with its values. */
    static int reports(Connection db, long movement) throws SQLException {
        Random random = new Random(7);
        OffsetDateTime now = OffsetDateTime.now();
        int made = 0;
        for (int y = 0; y < PERIODS.length; y++) {
            List<Unit> units = new ArrayList<>(units(db, AS_OF[y]));
            units.removeIf(u -> u.level() < 3);
            try (PreparedStatement done = db.prepareStatement("SELECT unit_id FROM result_report WHERE movement_id = ?"
                    + " AND period_id = ?")) {
                done.setLong(1, movement);
                done.setLong(2, PERIODS[y]);
                java.util.Set<Long> reported = new java.util.HashSet<>();
                try (ResultSet rs = done.executeQuery()) {
                    while (rs.next()) {
                        reported.add(rs.getLong(1));
                    }
                }
                units.removeIf(u -> reported.contains(u.id()));
            }
            long next = reserve(db, 20L * units.size());
            try (PreparedStatement report = db.prepareStatement("INSERT INTO result_report (id, movement_id, unit_id,"
                    + " period_id, status, updated_at, updated_by, submitted_at, submitted_by, approved_at, approved_by)"
                    + " VALUES (?, ?, ?, ?, 'LOCKED', ?, 'bench', ?, 'bench', ?, 'bench')");
                 PreparedStatement value = db.prepareStatement("INSERT INTO result_value (id, report_id, indicator_id,"
                    + " amount, flag) VALUES (?, ?, ?, ?, ?)")) {
                for (Unit u : units) {
                    long reportId = ++next;
                    report.setLong(1, reportId);
                    report.setLong(2, movement);
                    report.setLong(3, u.id());
                    report.setLong(4, PERIODS[y]);
                    report.setObject(5, now);
                    report.setObject(6, now);
                    report.setObject(7, now);
                    report.addBatch();
                    int first = u.level() == 3 ? 1 : 19;
                    int last = u.level() == 3 ? 18 : 19;
                    for (int i = first; i <= last; i++) {
                        value.setLong(1, ++next);
                        value.setLong(2, reportId);
                        value.setLong(3, movement + i);
                        if (i == 19) {
                            value.setNull(4, java.sql.Types.BIGINT);
                            value.setBoolean(5, random.nextInt(10) > 0);
                        } else {
                            value.setLong(4, random.nextInt(500));
                            value.setNull(5, java.sql.Types.BOOLEAN);
                        }
                        value.addBatch();
                    }
                    made++;
                }
                report.executeBatch();
                value.executeBatch();
            }
        }
        return made;
    }

    /** Takes {@code count} ids from the application's sequence; answers the last id before them. */
    static long reserve(Connection db, long count) throws SQLException {
        long start = count(db, "SELECT nextval('thidua_seq')");
        try (Statement s = db.createStatement()) {
            s.execute("ALTER SEQUENCE thidua_seq RESTART WITH " + (start + 50 * (count / 50 + 2)));
        }
        return start;
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
