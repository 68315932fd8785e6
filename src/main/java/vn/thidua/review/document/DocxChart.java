package vn.thidua.review.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.thidua.platform.document.PdfText;

/**
 * A {@link ReviewChart} as a native Word chart (with its data in an embedded sheet), so an officer can restyle or
 * correct it in Word: a column per year; a share's axis runs from 0 to 100.
 */
final class DocxChart {

    private static final int WIDTH_CM = 15;
    private static final int HEIGHT_CM = 6;

    private DocxChart() {
    }

    static void add(XWPFDocument document, ReviewChart content) {
        try {
            XWPFChart chart = document.createChart(WIDTH_CM * Units.EMU_PER_CENTIMETER,
                    HEIGHT_CM * Units.EMU_PER_CENTIMETER);
            chart.setTitleText(PdfText.nfc(content.title()));
            chart.setTitleOverlay(false);
            XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            values.setMinimum(0);
            if (content.share()) {
                values.setMaximum(content.scale().doubleValue());
            }
            int last = content.years().size();
            Double[] numbers = content.values().stream().map(v -> v == null ? null : v.doubleValue())
                    .toArray(Double[]::new);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, years, values);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            data.addSeries(XDDFDataSourcesFactory.fromArray(content.years().toArray(String[]::new),
                            chart.formatRange(new CellRangeAddress(1, last, 0, 0)), 0),
                    XDDFDataSourcesFactory.fromArray(numbers, chart.formatRange(new CellRangeAddress(1, last, 1, 1)), 1))
                    .setTitle(PdfText.nfc(content.title()), null);
            chart.plot(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
