package org.cxworkbench.journeys.internal.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The emotion curve of a journey as text, aligned with a {@link StageGrid}: one line per point of the
 * scale from +2 down to -2, a {@code *} in each stage's column at its score rounded to the nearest point
 * (the exact score is in the grid). Stages without a score have no mark.
 */
public final class EmotionCurve {

    private EmotionCurve() {
    }

    /**
     * The curve's lines.
     *
     * @param scores one score per stage, {@code null} when not set
     */
    public static List<String> lines(List<Double> scores, int labelWidth, int columnWidth) {
        List<String> lines = new ArrayList<>();
        for (int level = EmotionScale.MAX; level >= EmotionScale.MIN; level--) {
            String number = level > 0 ? "+" + level : Integer.toString(level);
            StringBuilder line = new StringBuilder(pad(level == EmotionScale.MAX ? "Emotion" : "", labelWidth - 3))
                    .append(String.format("%3s", number));
            for (Double score : scores) {
                line.append(level == 0 ? "-+-" : " | ");
                boolean mark = score != null && Math.round(score) == level;
                String fill = level == 0 ? "-" : " ";
                int left = (columnWidth - 1) / 2;
                line.append(fill.repeat(left)).append(mark ? "*" : fill).append(fill.repeat(columnWidth - left - 1));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
