package org.cxworkbench.report.xlsx.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
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
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cxworkbench.api.report.Chart;

/**
 * Draws a native Excel line or bar chart (DrawingML via POI's XDDF) over a data area already written on the
 * sheet: categories in one column, one column per series. The chart refers to those cells and carries the
 * values as its cache, so it works for streamed (SXSSF) sheets too, whose cells cannot be read back.
 */
final class ChartWriter {

    /** Rows the chart occupies below its data. */
    static final int CHART_ROWS = 18;
    static final int CHART_COLUMNS = 8;

    /** The series colours, the same as in the PDF. */
    private static final byte[][] SERIES_COLOURS = { rgb(0x1F77B4), rgb(0xFF7F0E), rgb(0x2CA02C), rgb(0xD62728),
        rgb(0x9467BD), rgb(0x8C564B), rgb(0xE377C2), rgb(0x7F7F7F) };

    private ChartWriter() {
    }

    /**
     * @param sheet the XSSF sheet (for SXSSF workbooks: the underlying sheet)
     * @param headerRow the row with the series names; categories start one row below in {@code firstColumn}
     * @param anchorRow the first row of the chart
     */
    static void write(XSSFSheet sheet, Chart chart, int headerRow, int firstColumn, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, firstColumn, anchorRow,
                firstColumn + CHART_COLUMNS, anchorRow + CHART_ROWS);
        XSSFChart xchart = drawing.createChart(anchor);
        xchart.setTitleText(chart.title());
        xchart.setTitleOverlay(false);
        xchart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        xchart.displayBlanksAs(DisplayBlanks.GAP);

        XDDFCategoryAxis categoryAxis = xchart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = xchart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setTitle(chart.valueAxisLabel());
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.getOrAddMajorGridProperties();

        int firstRow = headerRow + 1;
        int lastRow = headerRow + chart.categories().size();
        String[] categories = chart.categories().toArray(new String[0]);
        XDDFDataSource<String> categorySource = XDDFDataSourcesFactory.fromArray(categories,
                range(sheet, firstRow, lastRow, firstColumn));
        ChartTypes type = chart.kind() == Chart.Kind.BAR ? ChartTypes.BAR : ChartTypes.LINE;
        XDDFChartData data = xchart.createData(type, categoryAxis, valueAxis);
        data.setVaryColors(false);
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            Double[] values = series.values().stream().map(v -> v == null || v.isNaN() ? null : v)
                    .toArray(Double[]::new);
            int column = firstColumn + 1 + s;
            XDDFNumericalDataSource<Double> valueSource = XDDFDataSourcesFactory.fromArray(values,
                    range(sheet, firstRow, lastRow, column));
            XDDFChartData.Series added = data.addSeries(categorySource, valueSource);
            added.setTitle(series.name(), new CellReference(sheet.getSheetName(), headerRow, column, true, true));
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(
                    XDDFColor.from(SERIES_COLOURS[s % SERIES_COLOURS.length]));
            if (added instanceof XDDFLineChartData.Series line) {
                XDDFLineProperties stroke = new XDDFLineProperties();
                stroke.setFillProperties(colour);
                stroke.setWidth(2.25);
                line.setLineProperties(stroke);
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            } else {
                added.setFillProperties(colour);
            }
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        }
        xchart.plot(data);
    }

    private static byte[] rgb(int rgb) {
        return new byte[] { (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb };
    }

    private static String range(XSSFSheet sheet, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }
}
