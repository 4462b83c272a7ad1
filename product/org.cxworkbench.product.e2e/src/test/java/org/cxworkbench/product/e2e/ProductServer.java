package org.cxworkbench.product.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The exported product serving a folder: {@code product/org.cxworkbench.product/cxw serve DIR --port 0}, run
 * as a user would, with the address parsed from what it prints. {@link #close()} stops the JVM and the script.
 */
final class ProductServer implements AutoCloseable {

    static final Path PRODUCT = Path.of("../org.cxworkbench.product").toAbsolutePath().normalize();
    static final Path CXW = PRODUCT.resolve("cxw");
    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
    static final Path LOGS = Path.of("target/e2e-logs").toAbsolutePath();

    private static final Pattern ADDRESS = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+/)");

    private final Process process;
    private final Path folder;
    private final Path out;
    private final URI base;

    private ProductServer(Process process, Path folder, Path out, URI base) {
        this.process = process;
        this.folder = folder;
        this.out = out;
        this.base = base;
    }

    /** Starts {@code cxw serve FOLDER --port 0 [more]} and waits until it prints its address. */
    static ProductServer serve(Path folder, String... more) throws IOException, InterruptedException {
        if (!Files.isRegularFile(PRODUCT.resolve("target/cxw-web.jar"))) {
            throw new AssertionError("the product is not exported: " + PRODUCT.resolve("target/cxw-web.jar")
                    + " is missing (the reactor builds it before this module)");
        }
        Files.createDirectories(LOGS);
        Path log = Files.createTempFile(LOGS, "cxw-serve-", ".log");
        List<String> command = new ArrayList<>(List.of("bash", CXW.toString(), "serve", folder.toString(), "--port", "0"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Map<String, String> env = builder.environment();
        env.remove("CXW_WEB_TOKEN");
        env.put("CXW_PLUGINS", folder.resolve(".plugins").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String printed = Files.readString(log, StandardCharsets.UTF_8);
            Matcher matcher = ADDRESS.matcher(printed);
            if (matcher.find()) {
                return new ProductServer(process, folder, log, URI.create(matcher.group(1)));
            }
            if (!process.isAlive()) {
                throw new AssertionError("cxw serve exited with " + process.exitValue() + ":\n" + printed);
            }
            Thread.sleep(100);
        }
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        stop(process);
        throw new AssertionError("cxw serve printed no address within 120 s:\n" + printed);
    }

    /** The address it serves, e.g. {@code http://127.0.0.1:41234/}. */
    URI base() {
        return base;
    }

    /** The folder it serves. */
    Path folder() {
        return folder;
    }

    /** What the server printed so far. */
    String output() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        stop(process);
    }

    private static void stop(Process process) throws InterruptedException {
        // the script runs java as its child: stop the JVM first (the script then removes its temporary
        // framework storage and exits), then the script itself should it still run
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                child.destroyForcibly();
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A new temporary folder holding a copy of the example strategy and its exports. */
    static Path exampleFolder(String name) throws IOException {
        Path folder = Files.createTempDirectory("cxw-e2e-" + name + "-");
        try (Stream<Path> files = Files.list(EXAMPLES.resolve("acme"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }

    /** Deletes a folder made by {@link #exampleFolder}. */
    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
