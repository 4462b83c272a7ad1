package org.cxworkbench.store.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** {@code cxw new FILE --name NAME}: creates a strategy file with the installed KPI definitions. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "new", summary = "Creates a new strategy file", group = "strategy")
public final class NewCommand implements CxwCommand {

    private final StrategyStore store;
    private final List<KpiDefinitionProvider> kpiProviders = new CopyOnWriteArrayList<>();

    @Activate
    public NewCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKpiProvider(KpiDefinitionProvider provider) {
        kpiProviders.add(provider);
    }

    void removeKpiProvider(KpiDefinitionProvider provider) {
        kpiProviders.remove(provider);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("new", "Creates a new, empty strategy file with the KPI definitions of the installed "
                + "bundles and plugins (NPS, CSAT, CES, churn, retention, response time, time to resolution, ...). "
                + "Refuses to overwrite an existing file.")
                .arg(StrategyFiles.FILE, "the strategy file to create (.cxs)")
                .option("--name", "NAME", "the strategy's name (required)")
                .option("--organisation", "NAME", "the organisation or brand")
                .option("--industry", "TEXT", "the organisation's industry")
                .option("--period", "PERIOD", "the current period, e.g. 2026-Q3")
                .example("cxw new acme.cxs --name \"Acme CX strategy 2026\" --organisation Acme --period 2026-Q3");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String name = context.option("--name").orElseThrow(
                () -> new CommandException("cxw new: --name NAME is required"));
        Path file = context.path(context.requiredArg(StrategyFiles.FILE));
        if (!file.getFileName().toString().endsWith("." + StrategyStore.EXTENSION)) {
            throw new CommandException("cxw new: " + file + ": strategy files end in ." + StrategyStore.EXTENSION);
        }
        String period = context.option("--period").orElse(null);
        if (period != null && !period.matches("\\d{4}-(Q[1-4]|(0[1-9]|1[0-2]))")) {
            throw new CommandException("cxw new: --period " + period + " is not a period like 2026-Q3 or 2026-09");
        }
        Strategy strategy;
        try {
            strategy = store.create(file, name);
        } catch (StrategyFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
        strategy.setCurrentPeriod(period);
        context.option("--organisation").ifPresent(org -> organisation(strategy).setName(org));
        context.option("--industry").ifPresent(industry -> organisation(strategy).setIndustry(industry));
        List<String> kpis = addKpiDefinitions(strategy);
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("name", strategy.getName());
            json.put("kpiDefinitions", kpis);
            context.printJson(json);
        } else {
            context.out().println("Created " + file + " (" + strategy.getName() + ") with KPI definitions "
                    + String.join(", ", kpis));
            context.out().println("Next: cxw status " + file);
        }
        return OK;
    }

    private static Organisation organisation(Strategy strategy) {
        if (strategy.getOrganisation() == null) {
            strategy.setOrganisation(CxStrategyFactory.eINSTANCE.createOrganisation());
        }
        return strategy.getOrganisation();
    }

    private List<String> addKpiDefinitions(Strategy strategy) {
        List<String> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KpiDefinitionProvider provider : kpiProviders) {
            for (KpiDefinition definition : provider.definitions()) {
                if (seen.add(definition.getCode())) {
                    strategy.getKpiDefinitions().add(definition);
                    codes.add(definition.getCode());
                }
            }
        }
        return codes;
    }
}
