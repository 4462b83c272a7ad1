package org.cxworkbench.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code cxw} launcher script of the exported product and records what it prints. */
final class Launcher {

    static final Path CXW = Path.of("../org.cxworkbench.product/cxw").toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    /** The outcome of one run. */
    record Run(int exitCode, String out, String err) {
    }

    private Launcher() {
    }

    static Run cxw(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(CXW.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cxw-out", ".txt");
        Path err = Files.createTempFile("cxw-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().put("CXW_PLUGINS", workingDirectory.resolve("plugins").toString());
            // failures of plugin services are kept beside the test, never in the user's ~/.cxw
            builder.environment().put("CXW_JAVA_OPTS", "-Dcxw.failures.file=" + failureFile(workingDirectory));
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("cxw " + String.join(" ", args) + " did not finish in 120 s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The file in which the runs in {@code workingDirectory} keep the failures of plugin services. */
    static Path failureFile(Path workingDirectory) {
        return workingDirectory.resolve("plugin-failures.log");
    }

    /** Copies the example strategy folder into {@code dir} and returns the copy of acme.cxs. */
    static Path copyExample(Path dir) throws IOException {
        try (var files = Files.list(EXAMPLES.resolve("acme"))) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        return dir.resolve("acme.cxs");
    }
}
