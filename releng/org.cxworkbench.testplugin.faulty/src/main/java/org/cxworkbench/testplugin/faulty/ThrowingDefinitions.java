package org.cxworkbench.testplugin.faulty;

import java.util.List;

import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.model.KpiDefinition;
import org.osgi.service.component.annotations.Component;

/** A broken plugin KPI definition provider: it always throws, so {@code cxw new} must do without it. */
@Component
public final class ThrowingDefinitions implements KpiDefinitionProvider {

    @Override
    public List<KpiDefinition> definitions() {
        throw new IllegalStateException("the faulty plugin's definitions are broken on purpose");
    }
}
