package org.cxworkbench.warehouse.internal;

import java.util.List;
import java.util.function.Supplier;

import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;

/**
 * Finds the KPI definition a {@code --map KPI=COLUMN} refers to: the strategy's own definition with that
 * code, otherwise a fresh copy of a provided default (NPS, CSAT, CES), which the import then adds to the
 * strategy. Only rating KPIs with an integer scale can be aggregated from answer columns.
 */
final class KpiDefinitionLookup {

    private static final List<KpiKind> RATING_KINDS = List.of(KpiKind.NPS, KpiKind.CSAT, KpiKind.CES,
            KpiKind.CUSTOM_RATING, KpiKind.YES_NO);

    private final Supplier<List<KpiDefinition>> defaults;

    /** @param defaults fresh default definitions (the registered {@code KpiDefinitionProvider}s) */
    KpiDefinitionLookup(Supplier<List<KpiDefinition>> defaults) {
        this.defaults = defaults;
    }

    /** The definition for {@code code}; not yet contained in the strategy if it is a provided default. */
    KpiDefinition find(Strategy strategy, String code, String column) {
        KpiDefinition definition = strategy.getKpiDefinitions().stream()
                .filter(d -> d.getCode() != null && d.getCode().equalsIgnoreCase(code)).findFirst()
                .orElseGet(() -> defaults.get().stream()
                        .filter(d -> d.getCode() != null && d.getCode().equalsIgnoreCase(code)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--map " + code + "=" + column
                                + ": the strategy has no KPI definition with code " + code
                                + "; define it first (kind, scale), or use NPS, CSAT or CES (their defaults come from the KPI "
                                + "bundle org.cxworkbench.measure, or from a first cxw import-survey)")));
        if (!RATING_KINDS.contains(definition.getKind())) {
            throw new IllegalArgumentException("--map " + code + "=" + column + ": KPI " + definition.getCode()
                    + " is of kind " + definition.getKind() + "; only rating KPIs " + RATING_KINDS
                    + " are aggregated from answer columns");
        }
        if (definition.getScaleMax() < definition.getScaleMin()
                || definition.getScaleMax() - definition.getScaleMin() > 1000) {
            throw new IllegalArgumentException("--map " + code + "=" + column + ": KPI " + definition.getCode()
                    + " has no usable scale (" + definition.getScaleMin() + "-" + definition.getScaleMax() + ")");
        }
        return definition;
    }
}
