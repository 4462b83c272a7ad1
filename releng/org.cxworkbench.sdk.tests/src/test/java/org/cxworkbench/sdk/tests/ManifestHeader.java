package org.cxworkbench.sdk.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An OSGi manifest header such as Import-Package, split into clauses (commas inside quotes kept). */
final class ManifestHeader {

    /** One clause: the name (package) and its attributes and directives. */
    record Clause(String name, Map<String, String> parameters) {
    }

    private ManifestHeader() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> parts = split(clause, ';');
            Map<String, String> parameters = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int eq = part.indexOf('=');
                String key = part.substring(0, eq).trim().replace(":", "");
                String value = part.substring(eq + 1).trim();
                parameters.put(key, value.startsWith("\"") ? value.substring(1, value.length() - 1) : value);
            }
            clauses.add(new Clause(parts.get(0).trim(), parameters));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
