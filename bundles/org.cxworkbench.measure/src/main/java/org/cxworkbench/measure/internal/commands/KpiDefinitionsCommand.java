package org.cxworkbench.measure.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.measure.internal.definitions.DefinitionFacts;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw kpi-definitions FILE}: the KPI definitions of the strategy, with everything a report cites. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "kpi-definitions", summary = "Lists the strategy's KPI definitions: scale, buckets, "
        + "formula, unit, polarity", group = "measure")
public final class KpiDefinitionsCommand implements CxwCommand {

    private final StrategyStore store;

    @Activate
    public KpiDefinitionsCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("kpi-definitions", "Lists the named, versioned KPI definitions of the strategy: code, "
                + "version, kind, scale, buckets, formula, unit, polarity and minimum sample size.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .example("cxw kpi-definitions acme.cxs");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        if (context.json()) {
            List<Object> json = new ArrayList<>();
            for (KpiDefinition d : strategy.getKpiDefinitions()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", d.getCode());
                m.put("name", d.getName());
                m.put("version", d.getVersion());
                m.put("kind", d.getKind());
                m.put("question", d.getQuestion());
                m.put("scale", DefinitionFacts.scale(d));
                m.put("scaleMin", DefinitionFacts.isRating(d.getKind()) ? d.getScaleMin() : null);
                m.put("scaleMax", DefinitionFacts.isRating(d.getKind()) ? d.getScaleMax() : null);
                m.put("topBoxMin", d.isSetTopBoxMin() ? d.getTopBoxMin() : null);
                m.put("promoterMin", d.isSetPromoterMin() ? d.getPromoterMin() : null);
                m.put("detractorMax", d.isSetDetractorMax() ? d.getDetractorMax() : null);
                m.put("buckets", DefinitionFacts.buckets(d));
                m.put("formula", d.getFormula());
                m.put("unit", d.getUnit());
                m.put("higherIsBetter", d.isHigherIsBetter());
                m.put("calculator", d.getCalculator());
                m.put("minimumSampleSize", d.getMinimumSampleSize());
                json.add(m);
            }
            context.printJson(json);
            return OK;
        }
        if (strategy.getKpiDefinitions().isEmpty()) {
            context.out().println("No KPI definitions. Strategies made with cxw new start with the defaults.");
            return OK;
        }
        for (KpiDefinition d : strategy.getKpiDefinitions()) {
            context.out().printf("%s v%d  %s (%s)%n", d.getCode(), d.getVersion(), d.getName(), d.getKind());
            if (d.getQuestion() != null && !d.getQuestion().isBlank()) {
                context.out().println("    question:  " + d.getQuestion());
            }
            if (!DefinitionFacts.scale(d).isEmpty()) {
                context.out().println("    scale:     " + DefinitionFacts.scale(d));
            }
            if (!DefinitionFacts.buckets(d).isEmpty()) {
                context.out().println("    buckets:   " + DefinitionFacts.buckets(d));
            }
            context.out().println("    formula:   " + (d.getFormula() == null ? "" : d.getFormula()));
            context.out().println("    unit:      " + (d.getUnit() == null ? "" : d.getUnit()) + ", "
                    + DefinitionFacts.polarity(d));
            context.out().println("    minimum n: " + d.getMinimumSampleSize()
                    + (d.getCalculator() == null || d.getCalculator().isBlank() ? "" : "; calculator " + d.getCalculator()));
        }
        return OK;
    }
}
