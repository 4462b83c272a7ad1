package org.cxworkbench.measure.internal.definitions;

import java.util.List;

import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.measure.api.KpiDefinitions;
import org.cxworkbench.model.KpiDefinition;
import org.osgi.service.component.annotations.Component;

/**
 * The workbench's default KPI definitions, version 1: NPS, CSAT (1-5), CES (1-7, ease), churn, retention,
 * average response time and time to resolution. New strategies start with them.
 */
@Component(service = KpiDefinitionProvider.class)
public final class DefaultKpiDefinitionProvider implements KpiDefinitionProvider {

    @Override
    public List<KpiDefinition> definitions() {
        return KpiDefinitions.defaults();
    }
}
