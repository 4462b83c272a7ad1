package org.cxworkbench.warehouse.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Survey;
import org.cxworkbench.survey.api.ResponseAggregator;

/**
 * The replace-not-add rule of warehouse imports. A warehouse query returns the complete answers of every
 * period it returns, so its result replaces what the strategy holds for those periods: all measurements of
 * the survey for each imported KPI and each returned period (every segment) are removed, then the new
 * aggregates are merged in with the survey import's {@link ResponseAggregator}. Running the same query
 * again therefore leaves the same measurements; periods the query does not return are left alone.
 */
final class MeasurementReplacement {

    private MeasurementReplacement() {
    }

    /**
     * Replaces the measurements of {@code survey} for {@code kpiCodes} in {@code periods} with
     * {@code answers}.
     *
     * @return the measurements removed before the merge
     */
    static int replace(Strategy strategy, Survey survey, Set<String> kpiCodes, Collection<String> periods,
            ResponseAggregator answers) {
        List<Measurement> replaced = strategy.getMeasurements().stream()
                .filter(m -> m.getSurvey() == survey && m.getKpi() != null && kpiCodes.contains(m.getKpi().getCode())
                        && periods.contains(m.getPeriod()))
                .toList();
        strategy.getMeasurements().removeAll(replaced);
        answers.mergeInto(strategy, survey);
        return replaced.size();
    }
}
