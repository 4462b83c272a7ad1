package org.cxworkbench.web.internal.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.web.internal.commands.CommandResult;
import org.cxworkbench.web.internal.commands.CommandRunner;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.BodySchema;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The step commands for the browser, answering what {@code cxw COMMAND FILE --json} prints:
 * <ul>
 * <li>views, {@code GET /strategies/{id}/views/{command}?option=value}: commands that only read (the
 * journey map, rank matrix, plan, KPIs, alerts...);</li>
 * <li>actions, {@code POST /strategies/{id}/actions/{command}}: commands that change the strategy (accept
 * SWOT suggestions, fill a journey from a template, check goals...), run while nobody else can change it and
 * refused if the strategy changed since the version they are based on.</li>
 * </ul>
 * Only the commands listed here are offered, and no option that names a file or folder.
 */
@Component(service = ApiResource.class)
public final class CommandResource implements ApiResource {

    /** Read-only commands, with the positional parameter a view may give (besides FILE), or null. */
    private static final Map<String, String> VIEWS = Map.ofEntries(
            Map.entry("status", ""), Map.entry("audit", ""), Map.entry("rank-matrix", ""),
            Map.entry("journey-map", "JOURNEY_ID"), Map.entry("plan", ""), Map.entry("alerts", ""),
            Map.entry("kpi", ""), Map.entry("kpi-definitions", ""), Map.entry("objectives", ""),
            Map.entry("gap-analysis", ""), Map.entry("swot-suggest", ""), Map.entry("optimise", ""),
            Map.entry("plugins", ""));

    /** Options of views that would change the strategy. */
    private static final Set<String> WRITING_OPTIONS = Set.of("--accept", "--add", "--remove");

    /** Commands that change the strategy, with their positional parameter besides FILE, or "". */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("swot-suggest", ""), Map.entry("gap-analysis", ""), Map.entry("optimise", ""),
            Map.entry("goal-check", "GOAL_ID"), Map.entry("journey-template", "JOURNEY_ID"),
            Map.entry("tactic-template", "TACTIC_ID"), Map.entry("objectives", ""), Map.entry("customers", ""),
            Map.entry("strategy", "VERB"));

    private final Workspace workspace;
    private final CommandRunner runner;

    @Activate
    public CommandResource(@Reference Workspace workspace, @Reference CommandRunner runner) {
        this.workspace = workspace;
        this.runner = runner;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route("GET", "/strategies/{id}/views/{command}",
                        "What a read-only command prints (" + String.join(", ", VIEWS.keySet().stream().sorted().toList())
                                + "); options as query parameters without dashes", this::view),
                new Route("POST", "/strategies/{id}/actions/{command}",
                        "Runs a command that changes the strategy (" + String.join(", ",
                                ACTIONS.keySet().stream().sorted().toList()) + "); body {\"args\": {}, \"options\": "
                                + "{\"--period\": \"2026-Q3\"}, \"flags\": [\"--accept\"]}", this::action)
                        .withBody(BodySchema.object()
                                .textMap("args", "positional parameters by name, e.g. {\"VERB\": \"update\"}", false)
                                .values("options", "options with their dashes to a value or a list of values", false)
                                .texts("flags", "flags with their dashes, e.g. [\"--accept\"]", false)));
    }

    private Object view(ApiRequest request) throws Exception {
        String command = request.path("command");
        if (!VIEWS.containsKey(command)) {
            throw ApiError.notFound("There is no view '" + command + "'; views: "
                    + String.join(", ", VIEWS.keySet().stream().sorted().toList()));
        }
        CommandSpec spec = runner.spec(command);
        Map<String, String> args = new HashMap<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        String positional = VIEWS.get(command);
        if (!positional.isEmpty()) {
            request.query(positional.toLowerCase(java.util.Locale.ROOT).replace("_id", "")).ifPresent(v -> args.put(positional, v));
        }
        for (CommandSpec.Option option : spec.options().values()) {
            if (WRITING_OPTIONS.contains(option.name()) || namesAPath(option)) {
                continue;
            }
            var value = request.query(option.name().substring(2));
            if (value.isPresent()) {
                if (option.takesValue()) {
                    options.put(option.name(), List.of(value.get()));
                } else if (Boolean.parseBoolean(value.get())) {
                    flags.add(option.name());
                }
            }
        }
        StrategyDocument document = workspace.document(request.path("id"));
        var result = document.read(s -> runner.run(command, withFile(args, document), options, flags,
                workspace.folder()));
        return answer(result.version(), result.value());
    }

    private Object action(ApiRequest request) throws Exception {
        String command = request.path("command");
        if (!ACTIONS.containsKey(command)) {
            throw ApiError.notFound("There is no action '" + command + "'; actions: "
                    + String.join(", ", ACTIONS.keySet().stream().sorted().toList()));
        }
        CommandSpec spec = runner.spec(command);
        JsonObject body = request.body();
        Map<String, String> args = new HashMap<>();
        String positional = ACTIONS.get(command);
        if (body.has("args") && body.get("args").isJsonObject()) {
            for (Map.Entry<String, JsonElement> arg : body.getAsJsonObject("args").entrySet()) {
                if (!arg.getKey().equals(positional)) {
                    throw ApiError.badRequest("cxw " + command + " takes no argument " + arg.getKey()
                            + (positional.isEmpty() ? "" : "; only " + positional));
                }
                args.put(arg.getKey(), arg.getValue().getAsString());
            }
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        if (body.has("options") && body.get("options").isJsonObject()) {
            for (Map.Entry<String, JsonElement> option : body.getAsJsonObject("options").entrySet()) {
                var known = spec.option(option.getKey());
                if (known.isPresent() && namesAPath(known.get())) {
                    throw ApiError.badRequest(option.getKey() + " names a file; the web workbench does not take paths");
                }
                List<String> values = new ArrayList<>();
                if (option.getValue().isJsonArray()) {
                    option.getValue().getAsJsonArray().forEach(v -> values.add(v.getAsString()));
                } else if (!option.getValue().isJsonNull()) {
                    values.add(option.getValue().getAsString());
                }
                options.put(option.getKey(), values);
            }
        }
        Set<String> flags = new HashSet<>();
        if (body.has("flags") && body.get("flags").isJsonArray()) {
            body.getAsJsonArray("flags").forEach(f -> flags.add(f.getAsString()));
        }
        StrategyDocument document = workspace.document(request.path("id"));
        String summary = "ran " + command + (args.isEmpty() ? "" : " " + String.join(" ", args.values()))
                + (flags.isEmpty() ? "" : " " + String.join(" ", flags));
        var result = document.onFile(request.basedOn(), request.user(), summary,
                file -> runner.run(command, withFile(args, document), options, flags, workspace.folder()));
        return answer(result.version(), result.value());
    }

    private static Map<String, String> withFile(Map<String, String> args, StrategyDocument document) {
        Map<String, String> all = new HashMap<>(args);
        all.put(StrategyFiles.FILE, document.file().toString());
        return all;
    }

    private static boolean namesAPath(CommandSpec.Option option) {
        String value = String.valueOf(option.valueName());
        return value.contains("FILE") || value.contains("DIR") || value.contains("PATH");
    }

    private static Map<String, Object> answer(long version, CommandResult result) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", version);
        answer.put("exitCode", result.exitCode());
        answer.put("result", result.value());
        answer.put("messages", result.text());
        return answer;
    }
}
