package org.cxworkbench.store.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.kpi.KpiDefinitionProvider;
import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.containment.ServiceOrigin;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Organisation;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code cxw new FILE --name NAME}: creates a strategy file with the installed KPI definitions. The definitions are
 * collected before the file is created, each provider with a time limit ({@value #TIMEOUT_PROPERTY}, 10 s by
 * default); a provider that throws, hangs or answers garbage is skipped with a warning naming its bundle (see
 * {@link KpiDefinitionCollector}), and the file is still created, with the other definitions. A file whose
 * final save fails is removed again, so no half-made file is left.
 */
@Component(service = CxwCommand.class, property = NewCommand.TIMEOUT_PROPERTY + ":Integer=10")
@CxwCommandService(command = "new", summary = "Creates a new strategy file", group = "strategy")
public final class NewCommand implements CxwCommand {

    /** Component property: how long one KPI definition provider may take, in seconds. */
    static final String TIMEOUT_PROPERTY = "provider.timeout.seconds";

    private final StrategyStore store;
    private final Duration timeout;
    private final List<KpiDefinitionCollector.Provider> kpiProviders = new CopyOnWriteArrayList<>();
    private volatile PluginFailureLog failureLog;

    @Activate
    public NewCommand(@Reference StrategyStore store, Map<String, Object> properties) {
        this.store = store;
        Object seconds = properties.get(TIMEOUT_PROPERTY);
        this.timeout = Duration.ofSeconds(seconds == null ? 10
                : Math.max(1, Long.parseLong(String.valueOf(seconds).strip())));
    }

    /** For tests: a command with this time limit per provider. */
    NewCommand(StrategyStore store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKpiProvider(KpiDefinitionProvider provider, Map<String, Object> properties) {
        addKpiProvider(provider, ServiceOrigin.bundleOf(provider),
                Objects.toString(properties.get("component.name"), provider.getClass().getName()));
    }

    /** Adds a provider of the named bundle and component. */
    void addKpiProvider(KpiDefinitionProvider provider, String bundle, String component) {
        kpiProviders.add(new KpiDefinitionCollector.Provider(provider, bundle, component));
    }

    void removeKpiProvider(KpiDefinitionProvider provider) {
        kpiProviders.removeIf(p -> p.provider() == provider);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFailureLog(PluginFailureLog log) {
        failureLog = log;
    }

    void unsetFailureLog(PluginFailureLog log) {
        if (failureLog == log) {
            failureLog = null;
        }
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
        // before the file exists: a provider that hangs or throws must not leave a half-made file
        KpiDefinitionCollector.Collected kpis = new KpiDefinitionCollector(timeout, failureLog).collect(
                List.copyOf(kpiProviders));
        Strategy strategy;
        try {
            strategy = store.create(file, name);
        } catch (StrategyFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
        List<String> codes;
        try {
            strategy.setCurrentPeriod(period);
            context.option("--organisation").ifPresent(org -> organisation(strategy).setName(org));
            context.option("--industry").ifPresent(industry -> organisation(strategy).setIndustry(industry));
            strategy.getKpiDefinitions().addAll(kpis.definitions());
            codes = kpis.definitions().stream().map(KpiDefinition::getCode).toList();
            StrategyFiles.save(store, strategy);
        } catch (CommandException | RuntimeException e) {
            removeHalfMade(file);
            throw e;
        }
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toString());
            json.put("name", strategy.getName());
            json.put("kpiDefinitions", codes);
            json.put("warnings", kpis.warnings());
            context.printJson(json);
        } else {
            kpis.warnings().forEach(w -> context.err().println("warning: " + w));
            context.out().println("Created " + file + " (" + strategy.getName() + ") with KPI definitions "
                    + String.join(", ", codes));
            context.out().println("Next: cxw status " + file);
        }
        return OK;
    }

    /** Removes the file this command created after a failure. */
    private static void removeHalfMade(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the original failure is what the user needs to see
        }
    }

    private static Organisation organisation(Strategy strategy) {
        if (strategy.getOrganisation() == null) {
            strategy.setOrganisation(CxStrategyFactory.eINSTANCE.createOrganisation());
        }
        return strategy.getOrganisation();
    }
}
