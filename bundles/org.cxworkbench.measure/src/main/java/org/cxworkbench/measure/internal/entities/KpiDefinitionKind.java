package org.cxworkbench.measure.internal.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.EntityKindService;
import org.cxworkbench.api.rules.WorkflowStep;
import org.cxworkbench.model.CxStrategyPackage.Literals;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;

/**
 * {@code cxw kpi-def add|list|show|update|remove}: user-defined, versioned KPI definitions, e.g.
 * {@code cxw kpi-def add acme.cxs --code CSAT_1_7 --name "CSAT (1-7)" --kind csat --scale-min 1 --scale-max 7
 * --top-box-min 6 --unit % --higher-is-better true}. Change the buckets of a definition that already has data
 * only together with a new {@code --version}, so reports print which version a number rests on.
 */
@Component(service = EntityKind.class)
@EntityKindService(noun = "kpi-def")
public final class KpiDefinitionKind implements EntityKind {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    @Override
    public String noun() {
        return "kpi-def";
    }

    @Override
    public EClass eClass() {
        return Literals.KPI_DEFINITION;
    }

    @Override
    public WorkflowStep step() {
        return WorkflowStep.MEASURE;
    }

    @Override
    public EReference defaultContainer() {
        return Literals.STRATEGY__KPI_DEFINITIONS;
    }

    @Override
    public List<EStructuralFeature> listColumns() {
        return List.of(Literals.KPI_DEFINITION__CODE, Literals.NAMED__NAME, Literals.KPI_DEFINITION__KIND,
                Literals.KPI_DEFINITION__VERSION, Literals.KPI_DEFINITION__SCALE_MIN,
                Literals.KPI_DEFINITION__SCALE_MAX, Literals.KPI_DEFINITION__UNIT);
    }

    @Override
    public Set<EStructuralFeature> readOnly() {
        return Set.of();
    }

    @Override
    public void afterChange(EObject element) {
        KpiDefinition definition = (KpiDefinition) element;
        String code = definition.getCode();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("--code '" + code + "' must be upper-case letters, digits or _, "
                    + "starting with a letter (e.g. CSAT_1_7)");
        }
        if (definition.eContainer() instanceof Strategy strategy) {
            for (KpiDefinition other : strategy.getKpiDefinitions()) {
                if (other != definition && code.equals(other.getCode())) {
                    throw new IllegalArgumentException("the code " + code + " is already used by " + other.getId());
                }
            }
        }
        if (definition.getVersion() < 1) {
            definition.setVersion(1);
        }
        if (definition.getScaleMax() < definition.getScaleMin()) {
            throw new IllegalArgumentException("--scale-max " + definition.getScaleMax() + " is below --scale-min "
                    + definition.getScaleMin());
        }
        requireInScale(definition, "--top-box-min", definition.isSetTopBoxMin(), definition.getTopBoxMin());
        requireInScale(definition, "--promoter-min", definition.isSetPromoterMin(), definition.getPromoterMin());
        requireInScale(definition, "--detractor-max", definition.isSetDetractorMax(), definition.getDetractorMax());
        if (definition.isSetPromoterMin() && definition.isSetDetractorMax()
                && definition.getDetractorMax() >= definition.getPromoterMin()) {
            throw new IllegalArgumentException("--detractor-max " + definition.getDetractorMax()
                    + " must be below --promoter-min " + definition.getPromoterMin());
        }
    }

    private static void requireInScale(KpiDefinition definition, String option, boolean set, int value) {
        boolean hasScale = definition.getScaleMax() > definition.getScaleMin();
        if (set && hasScale && (value < definition.getScaleMin() || value > definition.getScaleMax())) {
            throw new IllegalArgumentException(option + " " + value + " is outside the scale "
                    + definition.getScaleMin() + "-" + definition.getScaleMax());
        }
    }
}
