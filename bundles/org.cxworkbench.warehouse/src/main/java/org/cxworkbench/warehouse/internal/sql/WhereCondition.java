package org.cxworkbench.warehouse.internal.sql;

/**
 * The operator's extra row filter ({@code --where}), e.g. {@code brand = 'acme' AND channel <> 'test'}.
 *
 * <p>It is <b>trusted operator input</b>: it is SQL and goes into the query text as it is, in parentheses
 * and ANDed to the importer's own conditions. It is not a place for end-user input. To keep accidents out,
 * a condition holding a statement separator or a comment, unbalanced parentheses or quotes is refused, and
 * the queries run in a read-only transaction, so no condition can change data.
 */
public final class WhereCondition {

    private static final int MAX_LENGTH = 2000;

    private final String sql;

    private WhereCondition(String sql) {
        this.sql = sql;
    }

    /**
     * Checks a condition.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static WhereCondition of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("--where: the condition is empty");
        }
        String condition = text.strip();
        if (condition.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("--where: longer than " + MAX_LENGTH + " characters");
        }
        int depth = 0;
        boolean inString = false;
        boolean inQuotedName = false;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            char next = i + 1 < condition.length() ? condition.charAt(i + 1) : 0;
            if (inString) {
                inString = c != '\'';
                continue;
            }
            if (inQuotedName) {
                inQuotedName = c != '"';
                continue;
            }
            switch (c) {
                case '\'' -> inString = true;
                case '"' -> inQuotedName = true;
                case ';' -> throw refused(condition, "a statement separator ';'");
                case '-' -> {
                    if (next == '-') {
                        throw refused(condition, "a comment '--'");
                    }
                }
                case '/' -> {
                    if (next == '*') {
                        throw refused(condition, "a comment '/*'");
                    }
                }
                case '(' -> depth++;
                case ')' -> {
                    if (--depth < 0) {
                        throw refused(condition, "a ')' without '('");
                    }
                }
                default -> {
                }
            }
        }
        if (inString || inQuotedName) {
            throw refused(condition, "an unclosed quote");
        }
        if (depth != 0) {
            throw refused(condition, "a '(' without ')'");
        }
        return new WhereCondition(condition);
    }

    private static IllegalArgumentException refused(String condition, String what) {
        return new IllegalArgumentException("--where \"" + condition + "\": refused, it holds " + what
                + "; give a single boolean condition");
    }

    /** The condition as it goes into the query, in parentheses. */
    public String sql() {
        return "(" + sql + ")";
    }

    @Override
    public String toString() {
        return sql;
    }
}
