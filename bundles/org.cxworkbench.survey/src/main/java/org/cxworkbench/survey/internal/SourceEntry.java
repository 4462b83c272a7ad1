package org.cxworkbench.survey.internal;

import org.cxworkbench.api.survey.SurveySource;

/**
 * A registered survey source with what messages name it by: its id (the {@code cxw.survey.source} property, or
 * what it said when added outside OSGi) and the bundle it comes from.
 */
record SourceEntry(SurveySource source, String id, String bundle) {

    /** How messages name the source: {@code survey source 'csv' from bundle org.cxworkbench.survey}. */
    String describe() {
        return "survey source '" + id + "' from bundle " + bundle;
    }
}
