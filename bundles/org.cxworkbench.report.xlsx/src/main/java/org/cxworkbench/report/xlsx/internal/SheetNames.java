package org.cxworkbench.report.xlsx.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes valid, unique sheet names from section titles: at most 31 characters, none of {@code \ / ? * [ ] :},
 * no apostrophe at either end, not blank, not "History", unique without regard to case.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    String unique(String title) {
        String base = title == null ? "" : title.replaceAll("[\\\\/?*\\[\\]:]", "-").replaceAll("\\s+", " ").trim();
        base = base.replaceAll("^'+|'+$", "").trim();
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = "Sheet";
        }
        base = cut(base, MAX_LENGTH);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).trim();
    }
}
