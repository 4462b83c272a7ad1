package org.cxworkbench.report.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.measure.api.Periods;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code cxw report FILE [--period P] [--out DIR] [--format xlsx,pdf] [--lang en]}: writes the quarterly report. */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "report", summary = "Writes the quarterly strategy report (xlsx, pdf, plugin formats)",
        group = "report")
public final class ReportCommand implements CxwCommand {

    private final StrategyStore store;
    private final ReportBuilder reports;

    @Activate
    public ReportCommand(@Reference StrategyStore store, @Reference ReportBuilder reports) {
        this.store = store;
        this.reports = reports;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("report", "Builds the quarterly strategy report from every installed report section "
                + "(executive summary, goals, audit, competitors, journeys, plan, KPIs, optimisation, appendix) "
                + "and writes one file per format, named <file>-<period>.<ext>. A section that fails is replaced "
                + "by a visible notice and the rest is still written; a format whose renderer fails is not written "
                + "(an earlier file of that name is kept), the other formats are, and the command ends with exit code 2.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .option("--period", "PERIOD", "the reporting period, e.g. 2026-Q3 or 2026-09 (default: the "
                        + "strategy's current period)")
                .option("--out", "DIR", "the folder the files are written to (default: the strategy file's folder)")
                .option("--format", "FORMATS", "comma-separated formats (default: xlsx,pdf)")
                .option("--lang", "LANG", "the report language as a language tag (default: en)")
                .example("cxw report examples/acme/acme.cxs --period 2026-Q3 --out reports")
                .example("cxw report acme.cxs --format pdf --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Strategy strategy = StrategyFiles.load(store, context);
        Path file = context.path(context.requiredArg(StrategyFiles.FILE));
        String period = context.option("--period").orElse(strategy.getCurrentPeriod());
        if (period == null || period.isBlank()) {
            throw new CommandException(file + ": the strategy has no current period; pass --period, e.g. 2026-Q3");
        }
        if (!Periods.isValid(period)) {
            throw new CommandException("--period " + period + ": not a period; write a quarter like 2026-Q3 "
                    + "or a month like 2026-09");
        }
        Locale locale = Locale.forLanguageTag(context.option("--lang").orElse("en"));
        if (locale.getLanguage().isEmpty()) {
            throw new CommandException("--lang " + context.option("--lang").orElse("")
                    + ": not a language tag; write e.g. en or nl");
        }
        List<String> formats = formats(context);
        Path out = context.option("--out").map(context::path)
                .orElse(file.toAbsolutePath().getParent());
        try {
            reports.checkFormats(formats, locale);
        } catch (IllegalArgumentException e) {
            throw new CommandException("--format: " + e.getMessage());
        }
        BuiltReport report = reports.buildReport(strategy, period, locale);
        WrittenReport written = reports.writeReport(report, formats, out);
        if (!written.failures().isEmpty()) {
            // with --json the launcher prints the error as the JSON document, so the files are named in it
            if (!context.json()) {
                print(context, report, written.files());
            }
            throw new CommandException(USAGE_OR_INPUT_ERROR, out + ": " + String.join("; ",
                    written.failures().stream().map(FormatFailure::describe).toList())
                    + (written.files().isEmpty() ? "" : "; the other formats were written: " + String.join(", ",
                            written.files().stream().map(Path::toString).toList())), null);
        }
        print(context, report, written.files());
        return OK;
    }

    private static List<String> formats(CommandContext context) throws CommandException {
        String value = context.option("--format").orElse(String.join(",", ReportAssembler.DEFAULT_FORMATS));
        List<String> formats = new ArrayList<>();
        for (String part : Arrays.asList(value.split(","))) {
            String format = part.trim().toLowerCase(Locale.ROOT);
            if (!format.isEmpty() && !formats.contains(format)) {
                formats.add(format);
            }
        }
        if (formats.isEmpty()) {
            throw new CommandException("--format: no format given; write e.g. --format xlsx,pdf");
        }
        return formats;
    }

    private static void print(CommandContext context, BuiltReport report, List<Path> files) {
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("files", files.stream().map(Path::toString).toList());
            json.put("sections", report.outcomes().stream().map(ReportCommand::sectionJson).toList());
            context.printJson(json);
            return;
        }
        for (Path f : files) {
            context.out().println("wrote " + f);
        }
        for (SectionOutcome outcome : report.outcomes()) {
            if (outcome.failed()) {
                context.err().println("warning: section " + outcome.id() + " (" + outcome.title()
                        + ") was replaced by a notice: " + outcome.reason());
            }
        }
    }

    private static Map<String, Object> sectionJson(SectionOutcome outcome) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("id", outcome.id());
        section.put("title", outcome.title());
        section.put("status", outcome.failed() ? "failed" : "ok");
        if (outcome.failed()) {
            section.put("reason", outcome.reason());
        }
        return section;
    }
}
