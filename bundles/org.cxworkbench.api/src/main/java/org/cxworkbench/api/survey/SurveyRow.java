package org.cxworkbench.api.survey;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One response row of an export. Field values are exposed as {@link CharSequence}s so that sources can
 * hand out views over their read buffers without allocating a {@code String} per field; call
 * {@code toString()} on a value to keep it.
 */
@ProviderType
public interface SurveyRow {

    /**
     * The physical line (CSV; 1-based, counting header lines) on which the record starts, even when an
     * earlier field contains quoted line breaks; for workbooks, the spreadsheet row number.
     */
    long line();

    /** The number of fields in this row; it may differ from the header's column count. */
    int size();

    /**
     * The value of the column with this 0-based index, without surrounding quotes; an empty sequence if the
     * row has fewer fields. The sequence is valid until the next call to {@code field} or
     * {@link SurveyRows#next()}.
     */
    CharSequence field(int column);
}
