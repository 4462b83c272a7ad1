package org.cxworkbench.survey.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyHeader;

/**
 * Finds the column a user means: by its id (exactly, then ignoring case), by the tool's import id
 * (Qualtrics {@code QID1}), then by its question text (ignoring case and runs of blanks). A reference that
 * matches several columns at the first level it matches is ambiguous and refused.
 */
final class ColumnResolver {

    private static final List<String> ID_COLUMNS = List.of("responseid", "respondentid", "responseno", "recordid",
            "submissionid", "id");
    private static final List<String> DATE_COLUMNS = List.of("timestamp", "enddate", "recordeddate", "startdate",
            "date", "submittedat", "datesubmitted", "zeitstempel", "marcatemporal", "horodateur", "tijdstempel");

    private final SurveyHeader header;

    ColumnResolver(SurveyHeader header) {
        this.header = header;
    }

    /** The column the reference names. */
    SurveyColumn resolve(String reference) throws AmbiguousColumnException {
        String ref = reference.strip();
        List<Function<SurveyColumn, Boolean>> levels = List.of(
                c -> c.id().equals(ref),
                c -> c.id().equalsIgnoreCase(ref),
                c -> c.importId() != null && c.importId().equalsIgnoreCase(ref),
                c -> normalise(c.question()).equals(normalise(ref)));
        for (Function<SurveyColumn, Boolean> level : levels) {
            List<SurveyColumn> matches = header.columns().stream().filter(level::apply).toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
            if (matches.size() > 1) {
                throw new AmbiguousColumnException("column '" + reference + "' is ambiguous: it matches "
                        + matches.stream().map(c -> "#" + (c.index() + 1) + " '" + c.id() + "'")
                                .collect(Collectors.joining(", ")) + "; name it by its column id");
            }
        }
        return null;
    }

    /** The response id column of a known export shape, if there is one. */
    Optional<SurveyColumn> detectIdColumn() {
        return detect(ID_COLUMNS);
    }

    /** The date column of a known export shape, if there is one. */
    Optional<SurveyColumn> detectDateColumn() {
        return detect(DATE_COLUMNS);
    }

    private Optional<SurveyColumn> detect(List<String> names) {
        for (String name : names) {
            for (SurveyColumn column : header.columns()) {
                if (squash(column.id()).equals(name)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    /** A short list of the columns, for error messages. */
    String describeColumns() {
        List<SurveyColumn> columns = header.columns();
        String list = columns.stream().limit(25).map(c -> c.importId() != null ? c.id() + " (" + c.importId() + ")" : c.id())
                .map(s -> "'" + s + "'").collect(Collectors.joining(", "));
        return columns.size() > 25 ? list + " and " + (columns.size() - 25) + " more" : list;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }

    /** A reference matches several columns. */
    static final class AmbiguousColumnException extends Exception {
        private static final long serialVersionUID = 1L;

        AmbiguousColumnException(String message) {
            super(message);
        }
    }
}
