package org.cxworkbench.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.ImportRecord;
import org.cxworkbench.model.Measurement;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.ValueCount;
import org.cxworkbench.survey.internal.SurveyImportService;
import org.cxworkbench.survey.internal.command.ImportSurveyCommand;
import org.cxworkbench.survey.internal.csv.CsvSurveySource;
import org.cxworkbench.survey.internal.xlsx.XlsxSurveySource;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.TestStore;

/** A strategy file in a temporary folder, the import command wired to real sources, and model look-ups. */
final class ImportFixture {

    private static final Set<String> FLAGS = Set.of("--strict", "--json");

    final Path dir;
    final Path strategyFile;
    final StrategyStore store = TestStore.create();
    final SurveyImportService importer = new SurveyImportService();
    final ImportSurveyCommand command;
    FakeCommandContext last;

    ImportFixture(Path dir) throws Exception {
        this.dir = dir;
        this.strategyFile = dir.resolve("freshcart.cxs");
        store.create(strategyFile, "FreshCart CX strategy 2026");
        importer.addSource(new CsvSurveySource());
        importer.addSource(new XlsxSurveySource());
        command = new ImportSurveyCommand(store, importer);
    }

    /** Copies a fixture from src/test/resources/exports into the temporary folder. */
    Path export(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ImportFixture.class.getResourceAsStream("/exports/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** Runs {@code cxw import-survey strategy EXPORT ...} and returns the reloaded strategy. */
    Strategy run(Path export, String... options) throws Exception {
        last = context(export, options);
        assertEquals(0, command.run(last));
        return reload();
    }

    /** Runs the command expecting a refusal; returns the exception. */
    CommandException refused(Path export, String... options) {
        last = context(export, options);
        try {
            command.run(last);
        } catch (CommandException e) {
            assertEquals(2, e.exitCode());
            return e;
        }
        throw new AssertionError("the import was not refused: " + last.output());
    }

    Strategy reload() throws Exception {
        return store.load(strategyFile);
    }

    static Measurement measurement(Strategy strategy, String kpi, String period, String segment) {
        return strategy.getMeasurements().stream()
                .filter(m -> m.getKpi().getCode().equals(kpi) && m.getPeriod().equals(period)
                        && m.getSegmentKey().equals(segment))
                .reduce((a, b) -> {
                    throw new AssertionError("two measurements for " + kpi + " " + period + " " + segment);
                })
                .orElseThrow(() -> new AssertionError("no measurement " + kpi + " " + period + " '" + segment + "'"));
    }

    static long bin(Measurement m, int value) {
        return m.getBins().stream().filter(b -> b.getValue() == value).mapToLong(ValueCount::getCount).sum();
    }

    static ImportRecord lastImport(Strategy strategy) {
        return strategy.getImports().get(strategy.getImports().size() - 1);
    }

    /** {@code FILE EXPORT --opt value ...}; {@code --strict} and {@code --json} are flags. */
    private FakeCommandContext context(Path export, String... options) {
        FakeCommandContext context = new FakeCommandContext().arg("FILE", strategyFile.toString())
                .arg("EXPORT", export.toString());
        for (int i = 0; i < options.length; i++) {
            if (FLAGS.contains(options[i])) {
                context.withFlag(options[i]);
            } else {
                context.option(options[i], options[++i]);
            }
        }
        return context;
    }
}
