package org.cxworkbench.report.xlsx.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.util.CellReference;
import org.cxworkbench.api.report.Table;

/**
 * Turns a column formula over column keys, {@code ({promoters} - {detractors}) / {n} * 100}, into an Excel
 * formula for one row, {@code (C5-E5)/F5*100}. Only arithmetic over cell references and numbers is
 * allowed; anything else is refused so no text can smuggle a function into the workbook.
 */
final class FormulaTranslator {

    private static final Pattern KEY = Pattern.compile("\\{([^{}]+)\\}");
    private static final Pattern SAFE = Pattern.compile("[A-Z]{1,3}[0-9]+|[0-9.]+|[-+*/() ]");

    private final Map<String, Integer> columnIndex;

    FormulaTranslator(List<Table.Column> columns, int firstColumn) {
        this.columnIndex = IntStream.range(0, columns.size()).boxed()
                .collect(Collectors.toMap(i -> columns.get(i).key(), i -> firstColumn + i, (a, b) -> a));
    }

    /** The Excel formula for a zero-based sheet row, or empty when the formula refers to unknown keys. */
    Optional<String> translate(String formula, int row) {
        Matcher m = KEY.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer column = columnIndex.get(m.group(1).trim());
            if (column == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, CellReference.convertNumToColString(column) + (row + 1));
        }
        m.appendTail(out);
        String excel = out.toString().replace(" ", "");
        return isSafe(excel) ? Optional.of(excel) : Optional.empty();
    }

    private static boolean isSafe(String excel) {
        Matcher m = SAFE.matcher(excel);
        int at = 0;
        while (m.find()) {
            if (m.start() != at) {
                return false;
            }
            at = m.end();
        }
        return at == excel.length() && !excel.isEmpty();
    }
}
