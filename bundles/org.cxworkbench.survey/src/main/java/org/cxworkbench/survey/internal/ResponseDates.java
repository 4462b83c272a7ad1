package org.cxworkbench.survey.internal;

/**
 * Reads the date of a response without allocating, as a month number {@code year * 12 + month - 1}:
 * <ul>
 * <li>{@code 2026-07-14}, {@code 2026-07-14 10:23:45}, {@code 2026-07-14T10:23:45Z} (ISO, Qualtrics);</li>
 * <li>{@code 2026/07/14 10:23:45 AM GMT+2} (Google Forms);</li>
 * <li>{@code 7/14/2026 10:23:45} and {@code 07/14/2026 10:23:45 AM} (Google Forms, SurveyMonkey): slash dates
 * with the year last are month first, as these US tools write them, unless the first number is above 12;</li>
 * <li>{@code 14.07.2026} (day first, as German and Dutch spreadsheets write dates).</li>
 * </ul>
 * Two-digit years are refused: they are ambiguous. Whatever follows the date (a time, a zone) is not checked.
 */
final class ResponseDates {

    /** The text is not a date in one of the accepted forms. */
    static final int NOT_A_DATE = -1;

    private ResponseDates() {
    }

    static int monthNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) <= ' ') {
            i++;
        }
        int[] pos = {i};
        int aStart = pos[0];
        int a = number(s, pos, n);
        int aDigits = pos[0] - aStart;
        if (aDigits == 0 || pos[0] >= n) {
            return NOT_A_DATE;
        }
        char sep = s.charAt(pos[0]);
        if (sep != '-' && sep != '/' && sep != '.') {
            return NOT_A_DATE;
        }
        pos[0]++;
        int bStart = pos[0];
        int b = number(s, pos, n);
        if (pos[0] == bStart || pos[0] >= n || s.charAt(pos[0]) != sep) {
            return NOT_A_DATE;
        }
        pos[0]++;
        int cStart = pos[0];
        int c = number(s, pos, n);
        int cDigits = pos[0] - cStart;
        if (cDigits == 0) {
            return NOT_A_DATE;
        }
        if (pos[0] < n) {
            char after = s.charAt(pos[0]);
            if (after != ' ' && after != 'T' && after != 't' && after != ',') {
                return NOT_A_DATE;
            }
        }
        int year;
        int month;
        int day;
        if (aDigits == 4) {
            year = a;
            month = b;
            day = c;
        } else if (cDigits == 4 && aDigits <= 2) {
            year = c;
            if (sep == '.' || sep == '-' || a > 12) {
                day = a;
                month = b;
            } else {
                month = a;
                day = b;
            }
        } else {
            return NOT_A_DATE;
        }
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < 1900 || year > 9999) {
            return NOT_A_DATE;
        }
        return year * 12 + month - 1;
    }

    private static int number(CharSequence s, int[] pos, int n) {
        int value = 0;
        int i = pos[0];
        while (i < n && i - pos[0] < 5) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            value = value * 10 + (ch - '0');
            i++;
        }
        pos[0] = i;
        return value;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
