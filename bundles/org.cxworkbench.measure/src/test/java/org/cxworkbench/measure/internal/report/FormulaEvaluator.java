package org.cxworkbench.measure.internal.report;

import java.util.Map;

/**
 * Evaluates a table column formula ({@code ({promoters} - {detractors}) / {n} * 100}) over a row's
 * values in double arithmetic, left to right with the usual precedence, as a spreadsheet does.
 */
final class FormulaEvaluator {

    private final String text;
    private final Map<String, Double> values;
    private int pos;

    private FormulaEvaluator(String formula, Map<String, Double> values) {
        this.text = formula.replace(" ", "");
        this.values = values;
    }

    static double evaluate(String formula, Map<String, Double> values) {
        FormulaEvaluator e = new FormulaEvaluator(formula, values);
        double result = e.sum();
        if (e.pos != e.text.length()) {
            throw new IllegalArgumentException("unexpected '" + e.text.substring(e.pos) + "' in " + formula);
        }
        return result;
    }

    private double sum() {
        double value = product();
        while (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            char op = text.charAt(pos++);
            double right = product();
            value = op == '+' ? value + right : value - right;
        }
        return value;
    }

    private double product() {
        double value = factor();
        while (pos < text.length() && (text.charAt(pos) == '*' || text.charAt(pos) == '/')) {
            char op = text.charAt(pos++);
            double right = factor();
            value = op == '*' ? value * right : value / right;
        }
        return value;
    }

    private double factor() {
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            double value = sum();
            pos++;
            return value;
        }
        if (c == '{') {
            int end = text.indexOf('}', pos);
            String key = text.substring(pos + 1, end);
            pos = end + 1;
            Double value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + key + "}");
            }
            return value;
        }
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        return Double.parseDouble(text.substring(start, pos));
    }
}
