package org.cxworkbench.api.survey;

import java.util.Optional;

/**
 * What the user asked of a {@link SurveySource} beyond the file itself.
 *
 * @param sheet the name of the worksheet to read from a workbook; empty means the first sheet. Sources of
 *        formats without sheets ignore it.
 */
public record SourceOptions(Optional<String> sheet) {

    /** No options: the first sheet of a workbook. */
    public static final SourceOptions DEFAULTS = new SourceOptions(Optional.empty());

    public SourceOptions {
        sheet = sheet == null ? Optional.empty() : sheet;
    }
}
