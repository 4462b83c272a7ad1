package org.cxworkbench.report.pdf.internal;

import java.util.List;
import java.util.Locale;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.cxworkbench.api.report.Chart;

/**
 * Draws a line or bar chart as vector graphics into a PDF form: title, value axis with "nice" ticks and
 * gridlines, category labels, one colour per series, legend. No raster image is involved.
 */
final class ChartDrawer {

    static final float WIDTH = 495;
    static final float HEIGHT = 250;
    private static final float LEFT = 48;
    private static final float RIGHT = 12;
    private static final float TOP = 28;
    private static final float BOTTOM = 56;

    private final ReportFonts fonts;
    private final Locale locale;
    private final String noData;

    ChartDrawer(ReportFonts fonts, Locale locale, String noData) {
        this.fonts = fonts;
        this.locale = locale;
        this.noData = noData;
    }

    Image draw(PdfWriter writer, Chart chart) throws BadElementException {
        PdfTemplate t = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        BaseFont regular = fonts.regular;
        BaseFont bold = fonts.bold;
        text(t, bold, 10, fonts.printable(chart.title()), WIDTH / 2, HEIGHT - 14, Element.ALIGN_CENTER, 0);

        double[] range = range(chart);
        float plotLeft = LEFT;
        float plotRight = WIDTH - RIGHT;
        float plotBottom = BOTTOM;
        float plotTop = HEIGHT - TOP;
        if (range == null) {
            text(t, regular, 9, fonts.printable(noData), WIDTH / 2, HEIGHT / 2, Element.ALIGN_CENTER, 0);
            return image(t);
        }
        double step = niceStep((range[1] - range[0]) / 5);
        double min = Math.floor(range[0] / step) * step;
        double max = Math.ceil(range[1] / step) * step;
        if (max == min) {
            max = min + step;
        }
        double low = min;
        double high = max;
        java.util.function.DoubleUnaryOperator y = v -> plotBottom + (v - low) / (high - low) * (plotTop - plotBottom);

        t.setLineWidth(0.5f);
        for (double v = min; v <= max + step / 2; v += step) {
            float yy = (float) y.applyAsDouble(v);
            t.setColorStroke(Palette.GRID);
            t.moveTo(plotLeft, yy);
            t.lineTo(plotRight, yy);
            t.stroke();
            text(t, regular, 7, tick(v, step), plotLeft - 4, yy - 2.5f, Element.ALIGN_RIGHT, 0);
        }
        text(t, regular, 7, fonts.printable(chart.valueAxisLabel()), 10, (plotBottom + plotTop) / 2,
                Element.ALIGN_CENTER, 90);
        t.setColorStroke(Palette.MUTED);
        t.moveTo(plotLeft, plotBottom);
        t.lineTo(plotLeft, plotTop);
        t.stroke();
        float zero = (float) y.applyAsDouble(Math.max(min, Math.min(max, 0)));
        t.moveTo(plotLeft, zero);
        t.lineTo(plotRight, zero);
        t.stroke();

        List<String> categories = chart.categories();
        int n = Math.max(1, categories.size());
        float band = (plotRight - plotLeft) / n;
        int labelEvery = Math.max(1, (int) Math.ceil(n / ((plotRight - plotLeft) / 40)));
        for (int i = 0; i < categories.size(); i += labelEvery) {
            text(t, regular, 7, fonts.printable(shorten(categories.get(i), band * labelEvery)),
                    plotLeft + band * (i + 0.5f), plotBottom - 11, Element.ALIGN_CENTER, 0);
        }
        if (chart.kind() == Chart.Kind.BAR) {
            drawBars(t, chart, plotLeft, band, zero, y);
        } else {
            drawLines(t, chart, plotLeft, band, y);
        }
        drawLegend(t, chart, plotLeft, plotRight);
        return image(t);
    }

    private static void drawBars(PdfTemplate t, Chart chart, float plotLeft, float band, float zero,
            java.util.function.DoubleUnaryOperator y) {
        int seriesCount = chart.series().size();
        float groupWidth = band * 0.75f;
        float barWidth = groupWidth / Math.max(1, seriesCount);
        for (int s = 0; s < seriesCount; s++) {
            t.setColorFill(Palette.series(s));
            List<Double> values = chart.series().get(s).values();
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null || v.isNaN()) {
                    continue;
                }
                float x = plotLeft + band * i + (band - groupWidth) / 2 + barWidth * s;
                float top = (float) y.applyAsDouble(v);
                t.rectangle(x, Math.min(zero, top), Math.max(0.5f, barWidth - 1), Math.abs(top - zero));
                t.fill();
            }
        }
    }

    private static void drawLines(PdfTemplate t, Chart chart, float plotLeft, float band,
            java.util.function.DoubleUnaryOperator y) {
        for (int s = 0; s < chart.series().size(); s++) {
            t.setColorStroke(Palette.series(s));
            t.setColorFill(Palette.series(s));
            t.setLineWidth(1.5f);
            List<Double> values = chart.series().get(s).values();
            boolean drawing = false;
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v == null || v.isNaN()) {
                    drawing = false;
                    continue;
                }
                float x = plotLeft + band * (i + 0.5f);
                float yy = (float) y.applyAsDouble(v);
                if (drawing) {
                    t.lineTo(x, yy);
                } else {
                    t.moveTo(x, yy);
                    drawing = true;
                }
            }
            t.stroke();
            for (int i = 0; i < values.size(); i++) {
                Double v = values.get(i);
                if (v != null && !v.isNaN()) {
                    t.circle(plotLeft + band * (i + 0.5f), (float) y.applyAsDouble(v), 2f);
                    t.fill();
                }
            }
        }
        t.setLineWidth(0.5f);
    }

    private void drawLegend(PdfTemplate t, Chart chart, float plotLeft, float plotRight) {
        float x = plotLeft;
        float yy = 14;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = fonts.printable(chart.series().get(s).name());
            float width = fonts.regular.getWidthPoint(name, 7) + 22;
            if (x + width > plotRight && x > plotLeft) {
                x = plotLeft;
                yy -= 10;
            }
            t.setColorFill(Palette.series(s));
            t.rectangle(x, yy - 1, 8, 6);
            t.fill();
            text(t, fonts.regular, 7, name, x + 11, yy, Element.ALIGN_LEFT, 0);
            x += width;
        }
    }

    private String shorten(String label, float width) {
        String s = label;
        while (s.length() > 3 && fonts.regular.getWidthPoint(s, 7) > width - 2) {
            s = s.substring(0, s.length() - 2) + "…";
            s = s.replace("……", "…");
        }
        return s;
    }

    private String tick(double v, double step) {
        return step >= 1 ? String.format(locale, "%.0f", v) : String.format(locale, "%.1f", v);
    }

    private static double[] range(Chart chart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Chart.Series s : chart.series()) {
            for (Double v : s.values()) {
                if (v != null && !v.isNaN()) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return null;
        }
        if (chart.kind() == Chart.Kind.BAR) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        if (min == max) {
            min -= 1;
            max += 1;
        }
        return new double[] { min, max };
    }

    /** 1, 2 or 5 times a power of ten. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    private static void text(PdfTemplate t, BaseFont font, float size, String s, float x, float y, int align,
            float rotation) {
        t.beginText();
        t.setColorFill(Palette.INK);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, s, x, y, rotation);
        t.endText();
    }

    private static Image image(PdfTemplate t) throws BadElementException {
        Image image = Image.getInstance(t);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }
}
