package org.cxworkbench.example.plugin.pptx;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cxworkbench.api.report.Chart;

/**
 * A native PowerPoint chart built with XDDF: the data lives in the chart's embedded workbook (column A the
 * categories, one column per series), so the chart can be edited in PowerPoint. User text that could be
 * read as a formula ({@code = + - @}) is stored as quoted text in that workbook.
 */
final class NativeChart {

    private NativeChart() {
    }

    static XSLFChart add(XMLSlideShow deck, XSLFSlide slide, Chart source, Rectangle2D anchor) {
        XSLFChart chart = deck.createChart();
        slide.addChart(chart, anchor);
        chart.setTitleText(source.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        if (source.valueAxisLabel() != null && !source.valueAxisLabel().isBlank()) {
            left.setTitle(source.valueAxisLabel());
        }

        int n = source.categories().size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                source.categories().toArray(String[]::new), chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFChartData data = chart.createData(source.kind() == Chart.Kind.BAR ? ChartTypes.BAR : ChartTypes.LINE,
                bottom, left);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
        }
        List<Chart.Series> series = source.series();
        for (int i = 0; i < series.size(); i++) {
            Chart.Series s = series.get(i);
            int column = i + 1;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(values(s),
                    chart.formatRange(new CellRangeAddress(1, n, column, column)), column);
            XDDFChartData.Series plotted = data.addSeries(categories, values);
            plotted.setTitle(s.name(), chart.setSheetTitle(s.name(), column));
            if (plotted instanceof XDDFLineChartData.Series line) {
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            }
        }
        chart.plot(data);
        neutraliseText(chart);
        return chart;
    }

    /** The values with {@code NaN} (no data) as gaps. */
    private static Double[] values(Chart.Series series) {
        return series.values().stream().map(v -> v == null || v.isNaN() ? null : v).toArray(Double[]::new);
    }

    private static void neutraliseText(XSLFChart chart) {
        try {
            XSSFWorkbook workbook = chart.getWorkbook();
            XSSFSheet sheet = workbook.getSheetAt(0);
            CellStyle quoted = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && startsLikeFormula(cell.getStringCellValue())) {
                        if (quoted == null) {
                            quoted = workbook.createCellStyle();
                            quoted.setQuotePrefixed(true);
                        }
                        cell.setCellStyle(quoted);
                    }
                }
            }
        } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("cannot open the embedded workbook of chart " + chart, e);
        }
    }

    static boolean startsLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
