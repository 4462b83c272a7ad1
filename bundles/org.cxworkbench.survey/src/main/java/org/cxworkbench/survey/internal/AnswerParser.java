package org.cxworkbench.survey.internal;

/**
 * Reads one answer as an integer score without allocating: surrounding blanks, an optional sign, digits,
 * an optional decimal part (accepted only if it is zero, as in {@code 9.0}) and an optional label after the
 * number as SurveyMonkey writes scale ends ({@code 10 - Extremely likely}). Yes/no answers read as 1/0
 * where the KPI is a yes/no question.
 */
final class AnswerParser {

    /** The answer is blank: no answer to this question. */
    static final long BLANK = Long.MIN_VALUE;
    /** The answer is not a number. */
    static final long NOT_A_NUMBER = Long.MIN_VALUE + 1;
    /** The answer is a number with a non-zero decimal part. */
    static final long NOT_WHOLE = Long.MIN_VALUE + 2;

    private AnswerParser() {
    }

    static long parse(CharSequence s, boolean yesNo) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) <= ' ') {
            i++;
        }
        while (n > i && s.charAt(n - 1) <= ' ') {
            n--;
        }
        if (i == n) {
            return BLANK;
        }
        if (yesNo) {
            long word = yesNo(s, i, n);
            if (word != NOT_A_NUMBER) {
                return word;
            }
        }
        boolean negative = false;
        char c = s.charAt(i);
        if (c == '-' || c == '+') {
            negative = c == '-';
            i++;
        }
        long value = 0;
        int digits = 0;
        while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
            if (value < 1_000_000_000L) {
                value = value * 10 + (c - '0');
            }
            digits++;
            i++;
        }
        if (digits == 0) {
            return NOT_A_NUMBER;
        }
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            boolean fraction = false;
            int fractionDigits = 0;
            while (i < n && (c = s.charAt(i)) >= '0' && c <= '9') {
                fraction |= c != '0';
                fractionDigits++;
                i++;
            }
            if (fractionDigits == 0) {
                return NOT_A_NUMBER;
            }
            if (i == n) {
                return fraction ? NOT_WHOLE : negative ? -value : value;
            }
            return NOT_A_NUMBER;
        }
        if (i < n && !labelFollows(s, i, n)) {
            return NOT_A_NUMBER;
        }
        return negative ? -value : value;
    }

    /** {@code " - label"}, {@code " – label"} or {@code " (label)"} after the number. */
    private static boolean labelFollows(CharSequence s, int i, int n) {
        if (s.charAt(i) != ' ') {
            return false;
        }
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return true;
        }
        char c = s.charAt(i);
        return c == '-' || c == '\u2013' || c == '(';
    }

    private static long yesNo(CharSequence s, int from, int to) {
        String word = s.subSequence(from, to).toString().toLowerCase(java.util.Locale.ROOT);
        return switch (word) {
            case "yes", "y", "true" -> 1;
            case "no", "n", "false" -> 0;
            default -> NOT_A_NUMBER;
        };
    }

    /** Whether the sequence is blank (empty or only spaces). */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** The sequence without surrounding blanks, as a String. */
    static String strip(CharSequence s) {
        return s.toString().strip();
    }
}
