package org.cxworkbench.example.plugin.fcr;

import java.util.List;

import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.osgi.service.component.annotations.Component;

/** The First Contact Resolution KPI definition: new strategies start with it once the plugin is installed. */
@Component
public final class FcrDefinitionProvider implements KpiDefinitionProvider {

    /** The KPI code. */
    public static final String CODE = "FCR";
    /** The version of the definition below; raise it when the formula changes. */
    public static final int VERSION = 1;

    @Override
    public List<KpiDefinition> definitions() {
        return List.of(create());
    }

    /** A fresh FCR definition, not contained anywhere yet. */
    public static KpiDefinition create() {
        KpiDefinition definition = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        definition.setCode(CODE);
        definition.setName("First contact resolution");
        definition.setKind(KpiKind.CUSTOM);
        definition.setVersion(VERSION);
        definition.setUnit("%");
        definition.setHigherIsBetter(true);
        definition.setCalculator(FcrCalculator.ID);
        definition.setMinimumSampleSize(30);
        definition.setFormula("FCR = tickets resolved in the first contact / resolved tickets x 100, per period "
                + "(quarter or month of the ticket's opening) and segment; open tickets are not counted");
        return definition;
    }
}
