package org.cxworkbench.survey.internal;

import java.nio.file.Path;
import java.util.List;

import org.cxworkbench.model.Strategy;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.ImportResult;
import org.cxworkbench.survey.api.SurveyImportException;

/**
 * The survey import as {@code cxw import-survey} needs it: the result together with warnings about survey sources
 * that failed and were skipped. Registered by the same component as the public
 * {@link org.cxworkbench.survey.api.SurveyImporter}; internal to this bundle.
 */
public interface SurveyImports {

    /** The result of an import and what was skipped on the way. */
    record Outcome(ImportResult result, List<String> warnings) {
        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }

    /** Imports like {@link org.cxworkbench.survey.api.SurveyImporter#importExport}, also telling the warnings. */
    Outcome importWithWarnings(Strategy strategy, Path export, ImportOptions options) throws SurveyImportException;
}
