package org.cxworkbench.web.internal.uploads;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyHeader;
import org.cxworkbench.model.SegmentDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.model.SurveyQuestion;

/**
 * Suggests how to map the columns of an export, for the user to confirm:
 * <ol>
 * <li>a survey of the strategy whose questions name columns of the export (the columns recorded by an
 * earlier import), with its KPI columns;</li>
 * <li>then KPI columns by the words of their id or question: "recommend" or NPS → the NPS definition,
 * "satisf" or CSAT → CSAT, "easy"/"ease" or CES → a CES definition where higher is better, "effort" → a CES
 * definition where lower is better (only if the strategy has one: the wording decides the polarity);</li>
 * <li>the response id and date columns by the names {@code cxw import-survey} detects (ResponseId,
 * EndDate, Timestamp ...);</li>
 * <li>segments: the strategy's segment definitions whose column the export has, else columns named like
 * touchpoint, channel, region ...</li>
 * </ol>
 * The KPI type is only suggested, never decided: the user picks it in the mapping.
 *
 * @param survey the suggested survey name, or {@code null}
 * @param map KPI code to column id
 * @param id the response id column, or {@code null}
 * @param date the date column, or {@code null}
 * @param segments segment name to column id
 */
public record ColumnSuggestions(String survey, Map<String, String> map, String id, String date,
        Map<String, String> segments) {

    private static final List<String> ID_COLUMNS = List.of("responseid", "respondentid", "responseno", "recordid",
            "submissionid", "id");
    private static final List<String> DATE_COLUMNS = List.of("timestamp", "enddate", "recordeddate", "startdate",
            "date", "submittedat", "datesubmitted", "zeitstempel", "marcatemporal", "horodateur", "tijdstempel");

    /** What a column's words suggest, tried in this order, and which KPI choice fits it. */
    private record Hint(Pattern words, Pattern unless, java.util.function.Predicate<KpiChoice> fits) {
        boolean matches(SurveyColumn column) {
            String text = text(column);
            return words.matcher(text).find() && (unless == null || !unless.matcher(text).find());
        }
    }

    private static final Pattern EFFORT = words("effort|aufwand|moeite");

    private static final List<Hint> HINTS = List.of(
            new Hint(words("nps|recommend\\w*|empfehl\\w*|aanbevel\\w*|recomend\\w*|recommand\\w*"), null,
                    c -> c.kind().equals("NPS")),
            new Hint(words("csat|satisf\\w*|zufrieden\\w*|tevreden\\w*"), null, c -> c.kind().equals("CSAT")),
            // the effort wording has the opposite polarity: only a definition that says so fits it
            new Hint(EFFORT, null, c -> c.kind().equals("CES") && !c.higherIsBetter()),
            new Hint(words("ces|easy|ease|easily|einfach|gemakkelijk|makkelijk"), EFFORT,
                    c -> c.kind().equals("CES") && c.higherIsBetter()));

    private static final Pattern SEGMENT_WORDS = words("touchpoint|channel|region|segment|country|device|plan|tier|"
            + "store|language|persona|kanal|regio|land");

    /**
     * Suggestions for an export of the given header, against the strategy's surveys and segments.
     *
     * @param choices the KPIs a column may be mapped to ({@link KpiChoice#of})
     */
    public static ColumnSuggestions suggest(Strategy strategy, SurveyHeader header, List<KpiChoice> choices) {
        Set<Integer> used = new HashSet<>();
        Map<String, String> map = new LinkedHashMap<>();
        String surveyName = null;
        int best = 0;
        for (Survey survey : strategy.getSurveys()) {
            Map<String, String> known = new LinkedHashMap<>();
            for (SurveyQuestion question : survey.getQuestions()) {
                if (question.getKpi() != null && question.getKpi().getCode() != null && question.getColumn() != null) {
                    find(header, question.getColumn()).ifPresent(c -> known.putIfAbsent(question.getKpi().getCode(), c.id()));
                }
            }
            if (known.size() > best) {
                best = known.size();
                surveyName = survey.getName();
                map = known;
            }
        }
        for (String column : map.values()) {
            find(header, column).ifPresent(c -> used.add(c.index()));
        }
        Set<String> kinds = new HashSet<>();
        for (String code : map.keySet()) {
            choices.stream().filter(c -> c.code().equals(code)).forEach(c -> kinds.add(c.kind()));
        }
        for (Hint hint : HINTS) {
            Optional<KpiChoice> choice = choices.stream().filter(hint.fits()).findFirst();
            if (choice.isEmpty() || kinds.contains(choice.get().kind())) {
                continue;
            }
            for (SurveyColumn column : header.columns()) {
                if (!used.contains(column.index()) && hint.matches(column)) {
                    map.put(choice.get().code(), column.id());
                    kinds.add(choice.get().kind());
                    used.add(column.index());
                    break;
                }
            }
        }
        SurveyColumn id = detect(header, ID_COLUMNS, used);
        SurveyColumn date = detect(header, DATE_COLUMNS, used);
        Map<String, String> segments = new LinkedHashMap<>();
        for (SegmentDefinition segment : strategy.getSegments()) {
            String name = segment.getName() != null && !segment.getName().isBlank() ? segment.getName() : segment.getColumn();
            if (name != null && segment.getColumn() != null && !segments.containsKey(name)) {
                find(header, segment.getColumn()).filter(c -> used.add(c.index())).ifPresent(c -> segments.put(name, c.id()));
            }
        }
        if (segments.isEmpty()) {
            for (SurveyColumn column : header.columns()) {
                if (!used.contains(column.index()) && SEGMENT_WORDS.matcher(column.id().toLowerCase(Locale.ROOT)).find()) {
                    segments.putIfAbsent(segmentName(column.id()), column.id());
                    used.add(column.index());
                }
            }
        }
        return new ColumnSuggestions(surveyName, map, id == null ? null : id.id(), date == null ? null : date.id(),
                segments);
    }

    /** The column a reference names: by id, id ignoring case, the tool's import id, then question text. */
    static Optional<SurveyColumn> find(SurveyHeader header, String reference) {
        String ref = reference.strip();
        List<java.util.function.Predicate<SurveyColumn>> levels = List.of(c -> c.id().equals(ref),
                c -> c.id().equalsIgnoreCase(ref), c -> c.importId() != null && c.importId().equalsIgnoreCase(ref),
                c -> normalise(c.question()).equals(normalise(ref)));
        for (var level : levels) {
            List<SurveyColumn> matches = header.columns().stream().filter(level).toList();
            if (matches.size() == 1) {
                return Optional.of(matches.get(0));
            }
            if (matches.size() > 1) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static SurveyColumn detect(SurveyHeader header, List<String> names, Set<Integer> used) {
        for (String name : names) {
            for (SurveyColumn column : header.columns()) {
                if (!used.contains(column.index()) && squash(column.id()).equals(name)) {
                    used.add(column.index());
                    return column;
                }
            }
        }
        return null;
    }

    /** A segment name from a column name: lower case, words joined by dashes. */
    static String segmentName(String column) {
        String name = column.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return name.isEmpty() ? "segment" : name;
    }

    private static String text(SurveyColumn column) {
        return (column.id() + " " + column.question()).toLowerCase(Locale.ROOT);
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])");
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
