package org.cxworkbench.warehouse.internal.sql;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table or column name given on the command line, checked before it goes into SQL text: one or more
 * dot-separated parts of letters, digits and underscores, each starting with a letter or underscore. Each
 * part is quoted with the database's identifier quote, so reserved words work as names and nothing else
 * can reach the SQL text. Quoted names are case-sensitive: write them as the catalog stores them
 * (PostgreSQL stores unquoted names in lower case).
 */
public final class SqlIdentifier {

    private static final Pattern PART = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_LENGTH = 128;

    private final String text;
    private final String[] parts;

    private SqlIdentifier(String text, String[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Checks {@code text}.
     *
     * @param what names the option in the message, e.g. {@code --table}
     * @throws IllegalArgumentException naming the option and the offending text if it is not a plain name
     */
    public static SqlIdentifier of(String what, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException(what + ": a name is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " " + abbreviate(text) + ": longer than " + MAX_LENGTH + " characters");
        }
        String[] parts = text.split("\\.", -1);
        for (String part : parts) {
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException(what + " " + abbreviate(text) + ": not a plain name; use letters, "
                        + "digits and underscores, parts separated by dots (schema.table), starting with a letter or "
                        + "underscore. Create a view in the database for anything else");
            }
        }
        return new SqlIdentifier(text, parts);
    }

    /** The name as given. */
    public String text() {
        return text;
    }

    /** The name in SQL, each part quoted with {@code quote} (e.g. {@code "} or a backtick). */
    public String quoted(String quote) {
        if (quote == null || quote.isBlank()) {
            return text;
        }
        return Arrays.stream(parts).map(p -> quote + p + quote).collect(Collectors.joining("."));
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + shown.replace("\n", "\\n") + "'";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlIdentifier id && id.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
