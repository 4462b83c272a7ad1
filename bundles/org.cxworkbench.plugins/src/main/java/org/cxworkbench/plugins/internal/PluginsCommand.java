package org.cxworkbench.plugins.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.failure.PluginFailure;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw plugins}: the plugins in the plugins folder, their state, contributions and failures: why one
 * cannot resolve or activate, and the recent runtime failures of its services (also from earlier runs).
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "plugins", summary = "Lists installed plugins: state, what each contributes, failures",
        group = "runtime")
public final class PluginsCommand implements CxwCommand {

    /** Runtime failures shown per plugin in the text listing; {@code --json} has them all. */
    static final int SHOWN_FAILURES = 5;

    private final PluginInspector inspector;

    @Activate
    public PluginsCommand(@Reference PluginInspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("plugins", "Lists the plugin bundles installed from the plugins folder beside the "
                + "launcher. Drop a plugin jar there to install it (also while 'cxw shell' runs); remove it to "
                + "uninstall. A plugin that cannot resolve or whose component fails is listed with the reason, and "
                + "so are the recent runtime failures of its services (a rule that threw, a calculator or survey "
                + "source that did not answer in time), also those of earlier cxw runs; the rest of the workbench "
                + "keeps working.")
                .example("cxw plugins --json");
    }

    @Override
    public int run(CommandContext context) {
        List<PluginInfo> plugins = inspector.plugins();
        List<PluginFailure> others = inspector.otherFailures(plugins);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folder", inspector.pluginsFolder());
            json.put("failureLog", inspector.failureLogDescription());
            json.put("plugins", plugins);
            json.put("otherFailures", others);
            context.printJson(json);
            return OK;
        }
        PrintWriter out = context.out();
        out.println("Plugins folder: " + (inspector.pluginsFolder() == null ? "(none configured)"
                : inspector.pluginsFolder()));
        out.println("Failure log: " + inspector.failureLogDescription());
        if (plugins.isEmpty()) {
            out.println("No plugins installed. Drop a plugin jar into the folder to install it.");
        }
        for (PluginInfo p : plugins) {
            out.printf("%s %s  %s  (%s)%n", p.name(), p.version(), p.state(), p.file());
            p.contributes().forEach(c -> out.println("    contributes " + c));
            p.failures().forEach(f -> out.println("    FAILED: " + f));
            printFailures(out, p.recentFailures(), false);
        }
        if (!others.isEmpty()) {
            out.println("Recent failures of bundles not installed from the plugins folder:");
            printFailures(out, others, true);
        }
        return OK;
    }

    private static void printFailures(PrintWriter out, List<PluginFailure> failures, boolean withBundle) {
        failures.stream().limit(SHOWN_FAILURES).forEach(f -> out.println("    failed at " + f.time() + " in "
                + f.extensionPoint() + " " + f.service() + (withBundle ? " of " + f.bundle() : "") + ": "
                + f.message()));
        if (failures.size() > SHOWN_FAILURES) {
            out.println("    ... and " + (failures.size() - SHOWN_FAILURES) + " earlier (cxw plugins --json lists all)");
        }
    }
}
