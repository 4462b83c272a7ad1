package org.cxworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Times our survey import + KPI computation against DuckDB's {@code read_csv} + {@code GROUP BY} on the same
 * generated export, and checks that both give the same NPS, CSAT top-box and CES mean per quarter and
 * touchpoint.
 *
 * <pre>
 * java -Xmx512m -cp ... org.cxworkbench.bench.ImportBenchmark --rows 10000000 [--file export.csv] [--threads 2]
 * </pre>
 * The export is generated if {@code --file} does not exist yet (generation is not timed as part of either
 * side). Prints the machine, heap limit, file size, both times and their ratio; exits 1 if the figures differ.
 */
public final class ImportBenchmark {

    /** The generator's seed: the same rows for every run. */
    static final long SEED = 20260301L;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = 1_000_000;
        Path file = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
                case "--file" -> file = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ImportBenchmark [--rows N] [--file export.csv] [--threads N]");
                    System.exit(2);
                }
            }
        }
        if (file == null) {
            file = Path.of("target", "bench-export-" + rows + ".csv");
        }
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long t = System.nanoTime();
            long size = ExportGenerator.write(file, rows, SEED);
            System.out.printf("generated %s: %,d rows, %,d bytes in %.1f s%n", file, rows, size, seconds(t));
        }
        long size = Files.size(file);
        System.out.printf("machine: %d cores available, %s; java %s; max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("input: %s, %,d bytes (%.2f GB), %,d rows requested%n", file, size, size / 1e9, rows);

        WorkbenchSide ours = new WorkbenchSide();
        long t0 = System.nanoTime();
        ours.importExport(file);
        double importSeconds = seconds(t0);
        long t1 = System.nanoTime();
        Map<String, KpiFigures> ourFigures = ours.computeKpis();
        double kpiSeconds = seconds(t1);
        System.out.printf("workbench: import %.2f s (%,d rows read, %,d accepted, %,d answers, %,d measurements), "
                + "KPIs %.3f s, total %.2f s%n", importSeconds, ours.imported.rowsRead(), ours.imported.accepted(),
                ours.imported.answersCounted(), ours.measurements(), kpiSeconds, importSeconds + kpiSeconds);

        long t2 = System.nanoTime();
        Map<String, KpiFigures> duckFigures = DuckDbSide.compute(file, threads);
        double duckSeconds = seconds(t2);
        System.out.printf("duckdb %s: read_csv + GROUP BY %.2f s on %d threads%n", duckDbVersion(), duckSeconds, threads);

        double ours_ = importSeconds + kpiSeconds;
        System.out.printf("ratio workbench / duckdb: %.2f%n", ours_ / duckSeconds);
        List<String> differences = ourFigures.keySet().stream()
                .filter(k -> !duckFigures.containsKey(k) || !ourFigures.get(k).sameAs(duckFigures.get(k)))
                .map(k -> k + ": workbench " + ourFigures.get(k) + " duckdb " + duckFigures.get(k)).toList();
        boolean sameGroups = Objects.equals(ourFigures.keySet(), duckFigures.keySet());
        if (differences.isEmpty() && sameGroups) {
            System.out.printf("figures: identical for all %d quarter x touchpoint groups (NPS, CSAT top-box, CES mean, "
                    + "answer counts)%n", ourFigures.size());
        } else {
            System.out.printf("figures DIFFER: %d groups workbench, %d duckdb; %d differences%n", ourFigures.size(),
                    duckFigures.size(), differences.size());
            differences.stream().limit(10).forEach(System.out::println);
            System.exit(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String duckDbVersion() {
        Package p = org.duckdb.DuckDBDriver.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "1.4";
    }
}
