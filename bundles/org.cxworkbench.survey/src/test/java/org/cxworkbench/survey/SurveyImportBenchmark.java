package org.cxworkbench.survey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.survey.api.ImportOptions;
import org.cxworkbench.survey.api.ImportResult;
import org.cxworkbench.survey.internal.SurveyImportService;
import org.cxworkbench.survey.internal.csv.CsvSurveySource;
import org.cxworkbench.testing.TestStore;

/**
 * Benchmark, not a test: {@code java -Xmx512m -cp ... org.cxworkbench.survey.SurveyImportBenchmark EXPORT.csv}
 * imports a large export (NPS, CSAT, CES columns; Channel and Region segments) into a fresh strategy, saves
 * and reloads it, and prints the times.
 */
public final class SurveyImportBenchmark {

    private SurveyImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args[0]);
        Path dir = Files.createTempDirectory("cxw-bench");
        StrategyStore store = TestStore.create();
        Strategy strategy = store.create(dir.resolve("bench.cxs"), "Benchmark");
        SurveyImportService importer = new SurveyImportService();
        importer.addSource(new CsvSurveySource());
        long t0 = System.nanoTime();
        ImportResult result = importer.importExport(strategy, export,
                ImportOptions.of("Bench", Map.of("NPS", "NPS", "CSAT", "CSAT", "CES", "CES"))
                        .withSegments(Map.of("channel", "Channel", "region", "Region")));
        long t1 = System.nanoTime();
        System.out.printf("import %.1f s, rows %,d, digest %.1f MB%n", (t1 - t0) / 1e9, result.rowsRead(),
                result.record().getResponseIdDigest().length() / 1e6);
        store.save(strategy);
        long t2 = System.nanoTime();
        Strategy reloaded = store.load(dir.resolve("bench.cxs"));
        long t3 = System.nanoTime();
        double mb = Files.size(export) / 1e6;
        System.out.printf("rows %,d accepted %,d rejected %,d duplicates %,d; measurements %d%n", result.rowsRead(),
                result.accepted(), result.rejected(), result.duplicates(), reloaded.getMeasurements().size());
        System.out.printf("import %.1f s (%.0f MB/s, %.2f M rows/s), save %.1f s, reload %.1f s, file %.1f MB, heap used %d MB%n",
                (t1 - t0) / 1e9, mb / ((t1 - t0) / 1e9), result.rowsRead() / 1e6 / ((t1 - t0) / 1e9), (t2 - t1) / 1e9,
                (t3 - t2) / 1e9, Files.size(dir.resolve("bench.cxs")) / 1e6,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }
}
