package org.cxworkbench.survey.internal;

import org.cxworkbench.api.survey.SurveyRow;

/** A row whose fields are already Strings (rows read ahead during header detection, workbook rows). */
public record StringRow(long line, String[] fields) implements SurveyRow {

    @Override
    public int size() {
        return fields.length;
    }

    @Override
    public CharSequence field(int column) {
        if (column < 0 || column >= fields.length || fields[column] == null) {
            return "";
        }
        return fields[column];
    }
}
