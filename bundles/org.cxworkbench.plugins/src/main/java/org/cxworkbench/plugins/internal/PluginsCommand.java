package org.cxworkbench.plugins.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw plugins}: the plugins in the plugins folder, their state, contributions and failures. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "plugins", summary = "Lists installed plugins: state, what each contributes, failures",
        group = "runtime")
public final class PluginsCommand implements CxwCommand {

    private final PluginInspector inspector;

    @Activate
    public PluginsCommand(@Reference PluginInspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("plugins", "Lists the plugin bundles installed from the plugins folder beside the "
                + "launcher. Drop a plugin jar there to install it (also while 'cxw shell' runs); remove it to "
                + "uninstall. A plugin that cannot resolve or whose component fails is listed with the reason; "
                + "the rest of the workbench keeps working.")
                .example("cxw plugins --json");
    }

    @Override
    public int run(CommandContext context) {
        List<PluginInfo> plugins = inspector.plugins();
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folder", inspector.pluginsFolder());
            json.put("plugins", plugins);
            context.printJson(json);
            return OK;
        }
        context.out().println("Plugins folder: " + (inspector.pluginsFolder() == null ? "(none configured)"
                : inspector.pluginsFolder()));
        if (plugins.isEmpty()) {
            context.out().println("No plugins installed. Drop a plugin jar into the folder to install it.");
        }
        for (PluginInfo p : plugins) {
            context.out().printf("%s %s  %s  (%s)%n", p.name(), p.version(), p.state(), p.file());
            p.contributes().forEach(c -> context.out().println("    contributes " + c));
            p.failures().forEach(f -> context.out().println("    FAILED: " + f));
        }
        return OK;
    }
}
