package vn.thidua.result.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.movement.IndicatorKind;
import vn.thidua.platform.i18n.Messages;
import vn.thidua.result.IndicatorInfo;
import vn.thidua.result.IndicatorValue;
import vn.thidua.result.PeriodInfo;
import vn.thidua.result.Rollup;

/** Roll-up tables exported to Excel keep numbers as numbers, formatted by kind. */
class RollupTablesTest {

    private static final PeriodInfo Y2023 = new PeriodInfo(205, "2023", 2023, LocalDate.of(2023, 12, 31));
    private static final PeriodInfo Y2024 = new PeriodInfo(206, "2024", 2024, LocalDate.of(2024, 10, 31));

    private static IndicatorValue sum(String code, IndicatorKind kind, long y2023, long y2024) {
        IndicatorInfo info = new IndicatorInfo(1, code, "Tên " + code, "Name " + code, kind, "suất", 3, 1);
        return new IndicatorValue(info, BigDecimal.valueOf(y2023 + y2024), null, null, null, null, List.of(
                new IndicatorValue.PeriodValue(Y2023, BigDecimal.valueOf(y2023), null, null),
                new IndicatorValue.PeriodValue(Y2024, BigDecimal.valueOf(y2024), null, null)));
    }

    private static IndicatorValue share() {
        IndicatorInfo info = new IndicatorInfo(2, "HELD_SHARE", "Tỷ lệ", "Share", IndicatorKind.COVERAGE, "%", 4, 3);
        return new IndicatorValue(info, new BigDecimal("98.50"), 1430L, 1452L, new BigDecimal("100"),
                new BigDecimal("98.5"), List.of(new IndicatorValue.PeriodValue(Y2024, new BigDecimal("98.50"), 1430L,
                1452L)));
    }

    private static IndicatorValue text() {
        IndicatorInfo info = new IndicatorInfo(3, "NOTE", "Ghi chú", "Note", IndicatorKind.TEXT, null, 3, 3);
        return new IndicatorValue(info, null, null, null, null, null, List.of());
    }

    private static Sheet sheet(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    @Test
    void theIndicatorsTableHasValuesTargetsAndEachPeriodAsNumbers() throws IOException {
        Rollup rollup = new Rollup("TET", "22", "Tỉnh Quảng Ninh", 2023, 2024, true, List.of(
                sum("GIFTS", IndicatorKind.COUNT, 54_325, 300_000), share(), text()));

        Sheet sheet = sheet(RollupTables.indicators("Tết Vì người nghèo", rollup, Messages.VIETNAMESE));

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tết Vì người nghèo");
        Row header = sheet.getRow(2);
        assertThat(header.getCell(7).getStringCellValue()).isEqualTo("2023");
        Row gifts = sheet.getRow(3);
        assertThat(gifts.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(gifts.getCell(2).getNumericCellValue()).isEqualTo(354_325);
        DataFormatter vietnamese = new DataFormatter(Messages.VIETNAMESE);
        assertThat(vietnamese.formatCellValue(gifts.getCell(2))).isEqualTo("354.325");
        assertThat(gifts.getCell(8).getNumericCellValue()).isEqualTo(300_000);
        Row held = sheet.getRow(4);
        assertThat(held.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(vietnamese.formatCellValue(held.getCell(2))).isEqualTo("98,50");
        assertThat(held.getCell(3).getNumericCellValue()).isEqualTo(1430);
        assertThat(held.getCell(4).getNumericCellValue()).isEqualTo(1452);
        assertThat(held.getCell(5).getNumericCellValue()).isEqualTo(100);
        assertThat(sheet.getLastRowNum()).as("text does not roll up").isEqualTo(4);
    }

    @Test
    void theChildrenTableHasAColumnPerIndicator() throws IOException {
        Rollup parent = new Rollup("TET", "22", "Tỉnh Quảng Ninh", 2024, 2024, false,
                List.of(sum("GIFTS", IndicatorKind.COUNT, 0, 10), share()));
        List<Rollup> children = List.of(
                new Rollup("TET", "22001", "Phường Hạ Long", 2024, 2024, false,
                        List.of(sum("GIFTS", IndicatorKind.COUNT, 0, 4), share())),
                new Rollup("TET", "22002", "Xã Cái Chiên", 2024, 2024, false,
                        List.of(sum("GIFTS", IndicatorKind.MONEY, 0, 6), share())));

        Sheet sheet = sheet(RollupTables.children("Tết", parent, children, Messages.ENGLISH));

        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("not yet approved");
        assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Name GIFTS (suất)");
        assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Phường Hạ Long");
        assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(4);
        assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(98.5);
    }
}
