package org.cxworkbench.web.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.goals.GoalTracker;
import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiService;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.goals.internal.SmartGoalTracker;
import org.cxworkbench.measure.internal.calc.CesCalculator;
import org.cxworkbench.measure.internal.calc.ChurnCalculator;
import org.cxworkbench.measure.internal.calc.CsatCalculator;
import org.cxworkbench.measure.internal.calc.NpsCalculator;
import org.cxworkbench.measure.internal.calc.RatingCalculator;
import org.cxworkbench.measure.internal.calc.ResolutionTimeCalculator;
import org.cxworkbench.measure.internal.calc.ResponseTimeCalculator;
import org.cxworkbench.measure.internal.calc.RetentionCalculator;
import org.cxworkbench.measure.internal.calc.YesNoCalculator;
import org.cxworkbench.measure.internal.service.CalculatingKpiService;
import org.cxworkbench.survey.internal.SurveyImportService;
import org.cxworkbench.survey.internal.command.ImportSurveyCommand;
import org.cxworkbench.survey.internal.csv.CsvSurveySource;
import org.cxworkbench.survey.internal.xlsx.XlsxSurveySource;
import org.cxworkbench.testing.TestStore;
import org.cxworkbench.web.internal.commands.CommandRunner;
import org.cxworkbench.web.internal.commands.TestCommands;
import org.cxworkbench.web.internal.uploads.ExportPreview;
import org.cxworkbench.web.internal.workspace.WebSettings;
import org.cxworkbench.web.internal.workspace.Workspace;

/**
 * The real services the web resources use, wired as DS would (survey sources and the import-survey command,
 * the KPI service with every calculator, the goal tracker, the strategy store), and a workspace with a copy of
 * the Acme example strategy.
 */
public final class WebFixtures {

    /** The Acme example, relative to this module. */
    public static final Path ACME = Path.of("../../examples/acme");

    private WebFixtures() {
    }

    /** A folder with {@code acme.cxs} copied from the example (with its survey, ticket and customer imports). */
    public static Path acmeWorkspace(Path dir) throws IOException {
        Files.copy(ACME.resolve("acme.cxs"), dir.resolve("acme.cxs"));
        return dir;
    }

    public static WebSettings settings(Path folder, long uploadMaxBytes) {
        return new WebSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebSettings.class;
            }

            @Override
            public String workspace() {
                return folder.toString();
            }

            @Override
            public String file() {
                return "";
            }

            @Override
            public String token() {
                return "";
            }

            @Override
            public long uploadMaxBytes() {
                return uploadMaxBytes;
            }
        };
    }

    public static Workspace workspace(Path folder, StrategyStore store) {
        return new Workspace(store, settings(folder, 200L * 1024 * 1024));
    }

    public static StrategyStore store() {
        return TestStore.create();
    }

    /** The preview with the built-in CSV and XLSX sources. */
    public static ExportPreview preview() {
        ExportPreview preview = new ExportPreview();
        preview.addSource(new CsvSurveySource());
        preview.addSource(new XlsxSurveySource());
        return preview;
    }

    /** A command runner with {@code import-survey}, reading through the built-in sources. */
    public static CommandRunner importCommands(StrategyStore store) {
        SurveyImportService importer = new SurveyImportService();
        importer.addSource(new CsvSurveySource());
        importer.addSource(new XlsxSurveySource());
        return TestCommands.runner(new ImportSurveyCommand(store, importer));
    }

    /** The KPI service with every calculator of the measure bundle. */
    public static KpiService kpis() {
        CalculatingKpiService service = new CalculatingKpiService();
        List<KpiCalculator> calculators = List.of(new NpsCalculator(), new CsatCalculator(), new CesCalculator(),
                new RatingCalculator(), new YesNoCalculator(), new ChurnCalculator(), new RetentionCalculator(),
                new ResponseTimeCalculator(), new ResolutionTimeCalculator());
        long id = 1;
        for (KpiCalculator calculator : calculators) {
            service.addCalculator(calculator, Map.of(KpiCalculator.ID, calculator.getClass().getSimpleName(),
                    "service.id", id++));
        }
        return service;
    }

    /** The goal tracker of the goals bundle on this KPI service (its DS field, set as SCR would). */
    public static GoalTracker goals(KpiService kpis) {
        SmartGoalTracker tracker = new SmartGoalTracker();
        try {
            Field field = SmartGoalTracker.class.getDeclaredField("kpis");
            field.setAccessible(true);
            field.set(tracker, kpis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return tracker;
    }

    /** A clock that stands still until moved. */
    public static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-09-16T10:00:00Z");

        public void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
