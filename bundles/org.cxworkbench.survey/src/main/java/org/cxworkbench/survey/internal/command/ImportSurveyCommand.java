package org.cxworkbench.survey.internal.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.survey.api.AnswerReject;
import org.cxworkbench.survey.api.Granularity;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.ImportProgress;
import org.cxworkbench.survey.api.ImportResult;
import org.cxworkbench.survey.api.SurveyImportException;
import org.cxworkbench.survey.internal.SurveyImports;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw import-survey FILE EXPORT --survey NAME --map KPI=COLUMN[,...] [--id COLUMN] [--date COLUMN]
 * [--segment NAME=COLUMN ...] [--period quarter|month] [--sheet NAME] [--strict] [--json]}.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "import-survey", summary = "Imports a survey export (CSV, XLSX) into KPI measurements",
        group = "measure")
public final class ImportSurveyCommand implements CxwCommand {

    private static final int SHOWN_REJECTS = 10;

    private final StrategyStore store;
    private final SurveyImports importer;

    @Activate
    public ImportSurveyCommand(@Reference StrategyStore store, @Reference SurveyImports importer) {
        this.store = store;
        this.importer = importer;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("import-survey", "Reads a survey export (CSV from Qualtrics, SurveyMonkey, Google Forms "
                + "or any tool, comma, semicolon or tab separated; or an XLSX workbook) and adds its answers to the "
                + "strategy's measurements per KPI, period and segment. Every answer is checked against the scale of "
                + "its KPI; rejected answers are listed with line, response id, column and reason and the rest of the "
                + "row still counts. The same file twice is refused; responses already imported (same response id) "
                + "count as duplicates. A new survey is created from --map, adding the default NPS, CSAT or CES "
                + "definition if the strategy lacks it.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .arg("EXPORT", "the survey export (.csv, .tsv, .txt or .xlsx)")
                .option("--survey", "NAME", "the survey the answers belong to (created if new)")
                .repeatable("--map", "KPI=COLUMN[,KPI=COLUMN...]", "which KPI each answer column measures; the column "
                        + "by id (Qualtrics Q1, QID1) or question text; optional for an existing survey")
                .option("--id", "COLUMN", "the response id column (default: ResponseId, Respondent ID, ... if present)")
                .option("--date", "COLUMN", "the date column (default: Timestamp, EndDate, RecordedDate, StartDate, Date)")
                .repeatable("--segment", "NAME=COLUMN", "also aggregate per value of COLUMN as segment NAME=value")
                .option("--period", "quarter|month", "period length derived from the date (default quarter)")
                .option("--sheet", "NAME", "the worksheet of an XLSX workbook (default the first)")
                .flag("--strict", "refuse the whole import if any answer is rejected")
                .example("cxw import-survey acme.cxs survey-2026-Q3.csv --survey \"Post-purchase\" --map NPS=Q1,CSAT=Q2")
                .example("cxw import-survey acme.cxs qualtrics.csv --survey Onboarding --map NPS=QID1 "
                        + "--segment touchpoint=Channel --period month --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String surveyName = context.option("--survey").orElseThrow(
                () -> new CommandException("cxw import-survey: --survey NAME is required"));
        Path export = context.path(context.requiredArg("EXPORT"));
        ImportOptions options = new ImportOptions(surveyName, pairs(context.options("--map"), "--map", "KPI=COLUMN"),
                context.option("--id"), context.option("--date"),
                pairs(context.options("--segment"), "--segment", "NAME=COLUMN"), granularity(context),
                context.flag("--strict"), context.option("--sheet"), progress(context));
        Strategy strategy = StrategyFiles.load(store, context);
        SurveyImports.Outcome outcome;
        try {
            outcome = importer.importWithWarnings(strategy, export, options);
        } catch (SurveyImportException e) {
            clearProgress(context);
            // with --json the launcher prints the error as the JSON document; the message names the first reject
            Optional<ImportResult> refused = e.wouldHaveImported();
            if (refused.isPresent() && !context.json()) {
                printRejects(refused.get(), context.err());
            }
            throw new CommandException(USAGE_OR_INPUT_ERROR, "cxw import-survey: " + e.getMessage(), e);
        }
        clearProgress(context);
        StrategyFiles.save(store, strategy);
        ImportResult result = outcome.result();
        if (context.json()) {
            Map<String, Object> json = toJson(result);
            json.put("warnings", outcome.warnings());
            context.printJson(json);
        } else {
            outcome.warnings().forEach(w -> context.err().println("warning: " + w));
            print(result, context.out());
        }
        return OK;
    }

    static Map<String, String> pairs(List<String> values, String option, String form) throws CommandException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String value : values) {
            // split on commas that start a new KEY=..., so question texts may contain commas
            for (String item : value.split(",(?=\\s*[\\p{L}\\p{N}_.\\-]+=)")) {
                if (item.isBlank()) {
                    continue;
                }
                int eq = item.indexOf('=');
                if (eq <= 0 || eq == item.length() - 1) {
                    throw new CommandException("cxw import-survey: " + option + " " + item + ": expected " + form);
                }
                String key = item.substring(0, eq).strip();
                if (pairs.put(key, item.substring(eq + 1).strip()) != null) {
                    throw new CommandException("cxw import-survey: " + option + " " + key + " is given twice");
                }
            }
        }
        return pairs;
    }

    private static Granularity granularity(CommandContext context) throws CommandException {
        try {
            return context.option("--period").map(Granularity::parse).orElse(Granularity.QUARTER);
        } catch (IllegalArgumentException e) {
            throw new CommandException("cxw import-survey: --period " + e.getMessage());
        }
    }

    /** Progress for the front end ({@link CommandContext#progress}) and, on a terminal, a progress line. */
    private static ImportProgress progress(CommandContext context) {
        ImportProgress frontEnd = (rows, bytesRead, totalBytes) -> context.progress(
                Map.of("rowsRead", rows, "bytesRead", bytesRead, "totalBytes", totalBytes));
        if (context.json() || !context.interactive()) {
            return frontEnd;
        }
        long started = System.nanoTime();
        PrintWriter err = context.err();
        return (rows, bytesRead, totalBytes) -> {
            frontEnd.progress(rows, bytesRead, totalBytes);
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            double mbPerSecond = bytesRead / 1e6 / seconds;
            String eta = "";
            if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
                long remaining = (long) ((totalBytes - bytesRead) / (bytesRead / seconds));
                eta = String.format(Locale.ROOT, ", ETA %d:%02d", remaining / 60, remaining % 60);
            }
            err.printf(Locale.ROOT, "\r%,d rows, %.1f MB/s%s   ", rows, mbPerSecond, eta);
            err.flush();
        };
    }

    private static void clearProgress(CommandContext context) {
        if (!context.json() && context.interactive()) {
            context.err().print("\r" + " ".repeat(60) + "\r");
            context.err().flush();
        }
    }

    static Map<String, Object> toJson(ImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", result.file());
        json.put("survey", result.surveyName());
        json.put("shape", result.shape());
        json.put("rowsRead", result.rowsRead());
        json.put("accepted", result.accepted());
        json.put("rejected", result.rejected());
        json.put("duplicates", result.duplicates());
        List<Object> rejects = new ArrayList<>();
        for (AnswerReject reject : result.rejects()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("line", reject.line());
            r.put("responseId", reject.responseId());
            r.put("column", reject.column());
            r.put("reason", reject.reason());
            rejects.add(r);
        }
        json.put("rejects", rejects);
        json.put("periods", result.periods().stream().map(ImportResult.PeriodSummary::period).toList());
        json.put("measurementsTouched", result.periods().stream().mapToInt(ImportResult.PeriodSummary::measurementsTouched).sum());
        json.put("periodSource", result.periodSource());
        json.put("surveyCreated", result.surveyCreated());
        json.put("definitionsAdded", result.definitionsAdded());
        json.put("checksum", result.checksum());
        return json;
    }

    private static void print(ImportResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "Imported %s (%s) into survey '%s'%s%n", r.file(), r.shape(), r.surveyName(),
                r.surveyCreated() ? " (new survey)" : "");
        if (!r.definitionsAdded().isEmpty()) {
            out.println("Added default KPI definitions: " + String.join(", ", r.definitionsAdded()));
        }
        out.printf(Locale.ROOT, "Rows read %,d: accepted %,d, rejected %,d, duplicates %,d (answers counted %,d, "
                + "rejected %,d)%n", r.rowsRead(), r.accepted(), r.rejected(), r.duplicates(), r.answersCounted(),
                r.answersRejected());
        out.println("Periods from the " + r.periodSource());
        for (ImportResult.PeriodSummary p : r.periods()) {
            out.printf(Locale.ROOT, "  %s: %d measurement(s) updated (%d new), %,d answers%n", p.period(),
                    p.measurementsTouched(), p.measurementsCreated(), p.answers());
        }
        printRejects(r, out);
    }

    private static void printRejects(ImportResult r, PrintWriter out) {
        if (r.rejects().isEmpty()) {
            return;
        }
        out.println("First rejects:");
        for (AnswerReject reject : r.rejects().subList(0, Math.min(SHOWN_REJECTS, r.rejects().size()))) {
            out.printf(Locale.ROOT, "  %s:%d%s%s: %s%n", r.file(), reject.line(),
                    reject.responseId().isEmpty() ? "" : " (" + reject.responseId() + ")",
                    reject.column().isEmpty() ? "" : " " + reject.column(), reject.reason());
        }
        if (r.rejects().size() > SHOWN_REJECTS) {
            out.println("  ... " + (r.rejects().size() - SHOWN_REJECTS) + " more in the import record");
        }
        out.flush();
    }
}
