package org.cxworkbench.warehouse.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.survey.api.Granularity;

/**
 * A warehouse import as asked for on the command line, names not yet checked.
 *
 * @param url the JDBC URL
 * @param table the table or view
 * @param surveyName the survey the answers belong to
 * @param kpiColumns KPI code to score column, in order
 * @param dateColumn the date column
 * @param segments segment name to column, in order
 * @param idColumn the response id column
 * @param where the operator's extra row filter
 * @param granularity quarter or month periods
 */
public record WarehouseRequest(String url, String table, String surveyName, Map<String, String> kpiColumns,
        String dateColumn, Map<String, String> segments, Optional<String> idColumn, Optional<String> where,
        Granularity granularity) {

    public WarehouseRequest {
        kpiColumns = Collections.unmodifiableMap(new LinkedHashMap<>(kpiColumns));
        segments = Collections.unmodifiableMap(new LinkedHashMap<>(segments));
        idColumn = idColumn == null ? Optional.empty() : idColumn;
        where = where == null ? Optional.empty() : where;
        granularity = granularity == null ? Granularity.QUARTER : granularity;
    }

    /** The database and table without credentials, as recorded in the import record. */
    public String source() {
        return JdbcConnector.describe(url) + " table " + table;
    }
}
