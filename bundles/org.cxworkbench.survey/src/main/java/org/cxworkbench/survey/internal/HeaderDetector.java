package org.cxworkbench.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.api.survey.ExportShape;
import org.cxworkbench.api.survey.SurveyColumn;
import org.cxworkbench.api.survey.SurveyHeader;

/**
 * Recognises the tool that produced an export from its first rows and builds the column list:
 * <ul>
 * <li>Qualtrics: three header rows, the third made of {@code {"ImportId":"QID1"}} objects;</li>
 * <li>SurveyMonkey: two header rows, the second naming sub-answers ("Response", "Open-Ended Response" or
 * the options of a multi-column question), question cells left blank where a question spans columns;</li>
 * <li>Google Forms: one header row starting with "Timestamp" (or its translation);</li>
 * <li>otherwise a plain table with one header row.</li>
 * </ul>
 * Used by every built-in source, so a Qualtrics workbook is recognised like a Qualtrics CSV.
 */
public final class HeaderDetector {

    /** How many leading rows {@link #detect} needs to see (fewer if the file is shorter). */
    public static final int ROWS_NEEDED = 3;

    private static final Pattern IMPORT_ID = Pattern.compile("\"ImportId\"\\s*:\\s*\"([^\"]*)\"");
    private static final Set<String> SURVEYMONKEY_SUBANSWERS = Set.of("response", "open-ended response");
    private static final Set<String> FORMS_TIMESTAMP = Set.of("timestamp", "zeitstempel", "marca temporal",
            "horodateur", "tijdstempel", "carimbo de data/hora", "informazioni cronologiche", "sygnatura czasowa");

    private HeaderDetector() {
    }

    /** The detected header; {@code header.headerLines()} rows of {@code firstRows} are header rows. */
    public static SurveyHeader detect(List<String[]> firstRows) {
        if (firstRows.isEmpty()) {
            throw new IllegalArgumentException("no header row");
        }
        String[] first = firstRows.get(0);
        if (firstRows.size() >= 3 && isQualtricsImportIds(firstRows.get(2))) {
            return qualtrics(first, firstRows.get(1), firstRows.get(2));
        }
        if (firstRows.size() >= 2 && isSurveyMonkeySubHeader(first, firstRows.get(1))) {
            return surveyMonkey(first, firstRows.get(1));
        }
        List<SurveyColumn> columns = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            columns.add(new SurveyColumn(i, first[i].strip(), null, null));
        }
        boolean forms = first.length > 0 && FORMS_TIMESTAMP.contains(first[0].strip().toLowerCase(Locale.ROOT));
        return new SurveyHeader(forms ? ExportShape.GOOGLE_FORMS : ExportShape.PLAIN, 1, columns);
    }

    private static boolean isQualtricsImportIds(String[] row) {
        int objects = 0;
        for (String cell : row) {
            String c = cell.strip();
            if (c.startsWith("{") && c.contains("\"ImportId\"")) {
                objects++;
            }
        }
        return objects > 0 && objects * 2 >= row.length;
    }

    private static boolean isSurveyMonkeySubHeader(String[] first, String[] second) {
        boolean subAnswer = false;
        for (String cell : second) {
            if (SURVEYMONKEY_SUBANSWERS.contains(cell.strip().toLowerCase(Locale.ROOT))) {
                subAnswer = true;
                break;
            }
        }
        if (!subAnswer) {
            return false;
        }
        for (String cell : first) {
            String c = cell.strip().toLowerCase(Locale.ROOT);
            if (c.equals("respondent id") || c.equals("collector id")) {
                return true;
            }
        }
        return second.length > 0 && second[0].isBlank();
    }

    private static SurveyHeader qualtrics(String[] ids, String[] questions, String[] importIds) {
        List<SurveyColumn> columns = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            String importId = null;
            if (i < importIds.length) {
                Matcher m = IMPORT_ID.matcher(importIds[i]);
                if (m.find()) {
                    importId = m.group(1);
                }
            }
            columns.add(new SurveyColumn(i, ids[i].strip(), i < questions.length ? questions[i].strip() : null, importId));
        }
        return new SurveyHeader(ExportShape.QUALTRICS, 3, columns);
    }

    private static SurveyHeader surveyMonkey(String[] questions, String[] subAnswers) {
        List<SurveyColumn> columns = new ArrayList<>();
        String question = "";
        int width = Math.max(questions.length, subAnswers.length);
        for (int i = 0; i < width; i++) {
            String q = i < questions.length ? questions[i].strip() : "";
            if (!q.isEmpty()) {
                question = q;
            }
            String sub = i < subAnswers.length ? subAnswers[i].strip() : "";
            boolean plainAnswer = sub.isEmpty() || SURVEYMONKEY_SUBANSWERS.contains(sub.toLowerCase(Locale.ROOT));
            String id = plainAnswer ? question : question + " - " + sub;
            columns.add(new SurveyColumn(i, id.isEmpty() ? "column " + (i + 1) : id, question, null));
        }
        return new SurveyHeader(ExportShape.SURVEYMONKEY, 2, columns);
    }
}
