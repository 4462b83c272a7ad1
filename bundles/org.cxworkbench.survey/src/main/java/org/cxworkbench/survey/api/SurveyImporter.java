package org.cxworkbench.survey.api;

import java.nio.file.Path;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports a survey export into a strategy (in memory; the caller saves the strategy).
 *
 * <p>The export is read through the registered {@link org.cxworkbench.api.survey.SurveySource}s as a
 * stream. Every answer in a mapped column is checked against the scale of its KPI definition; rejected
 * answers are reported with file, line, response id, column and reason, and the rest of the row still
 * counts. Accepted answers are aggregated per KPI, period and segment and merged into the strategy's
 * measurements, together with an {@link org.cxworkbench.model.ImportRecord} that holds the counts, the
 * first 100 rejects, the file's SHA-256 and a digest of the imported response ids.
 *
 * <p>The strategy is changed only when the import succeeds: a refused import (same file again, strict mode
 * with rejects, unreadable file, unknown column) throws and leaves it untouched.
 */
@ProviderType
public interface SurveyImporter {

    /** Most rejects kept in the import record and the result. */
    int MAX_REPORTED_REJECTS = 100;

    /**
     * Imports {@code export} into {@code strategy}.
     *
     * @throws SurveyImportException if the import is refused; the strategy is unchanged
     */
    ImportResult importExport(Strategy strategy, Path export, ImportOptions options) throws SurveyImportException;
}
