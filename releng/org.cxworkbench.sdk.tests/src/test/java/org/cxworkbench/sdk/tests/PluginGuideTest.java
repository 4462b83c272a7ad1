package org.cxworkbench.sdk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Does what docs/plugins.md tells a plugin author to do, literally: runs the guide's "copy and rename"
 * script on examples/plugins/template, adds the guide's unit test, builds with the guide's Maven command
 * (plus {@code -o -q} and this build's local repository) and checks the jar is a plugin the workbench can
 * load: a bundle with the renamed symbolic name, the DS components under the new package, and imports of
 * the published API only, with consumer ranges {@code [1.0,2)}.
 */
class PluginGuideTest {

    private static final long BUILD_MINUTES = 15;

    @TempDir
    static Path work;

    private static Path plugin;
    private static String buildLog;

    @BeforeAll
    static void followTheGuide() throws Exception {
        Optional<Path> mvn = onPath("mvn");
        Assumptions.assumeTrue(mvn.isPresent(), "mvn is not on PATH: the plugin guide's build was not tried");
        Assumptions.assumeTrue(onPath("bash").isPresent(), "bash is not on PATH: the guide's script was not run");
        String repository = System.getProperty("cxw.localRepository");
        String version = System.getProperty("cxw.version");
        if (repository != null && version != null) {
            for (String artifact : List.of("org.cxworkbench.parent", "org.cxworkbench.api", "org.cxworkbench.model")) {
                Path installed = Path.of(repository, "org", "cxworkbench", artifact, version);
                Assumptions.assumeTrue(Files.isDirectory(installed), artifact + " " + version + " is not in the local "
                        + "repository " + repository + ": run mvn install first (as CI does); the guide's build was not tried");
            }
        }
        Path source = Path.of(System.getProperty("cxw.source", "../..")).toAbsolutePath().normalize();
        GuideBlocks guide = new GuideBlocks(source.resolve("docs/plugins.md"));

        run(work, List.of("bash", "-e", "-c", guide.block("copy-and-rename")), Map.of("CXW_SRC", source.toString()),
                "the copy-and-rename script");
        plugin = work.resolve("acme-unrated");
        Path test = plugin.resolve("src/test/java/com/acme/cxw/unrated/UnratedTouchpointRuleTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, guide.block("unit-test"));

        List<String> build = new ArrayList<>(List.of(guide.block("build").trim().split("\\s+")));
        assertEquals(List.of("mvn", "-B", "verify"), build, "the guide's build command");
        build.set(0, mvn.get().toString());
        build.addAll(List.of("-o", "-q"));
        if (repository != null && !repository.isBlank()) {
            build.add("-Dmaven.repo.local=" + repository);
        }
        buildLog = run(plugin, build, Map.of(), "the plugin build");
    }

    @Test
    void theJarIsABundleWithTheNewSymbolicName() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Attributes main = jar.getManifest().getMainAttributes();
            assertEquals("com.acme.cxw.unrated", main.getValue("Bundle-SymbolicName"));
            assertEquals("2", main.getValue("Bundle-ManifestVersion"));
            assertEquals(null, main.getValue("Export-Package"), "a plugin exports nothing");
            assertEquals("com.acme.cxw.unrated", main.getValue("Private-Package"));
        }
    }

    @Test
    void theRuleAndTheSectionAreDeclarativeServicesComponents() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            String components = jar.getManifest().getMainAttributes().getValue("Service-Component");
            assertTrue(components.contains("OSGI-INF/com.acme.cxw.unrated.UnratedTouchpointRule.xml"), components);
            assertTrue(components.contains("OSGI-INF/com.acme.cxw.unrated.UnratedTouchpointSection.xml"), components);
            String rule = new String(jar.getInputStream(jar.getEntry("OSGI-INF/com.acme.cxw.unrated.UnratedTouchpointRule.xml"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(rule.contains("interface=\"org.cxworkbench.api.rules.StepRule\""), rule);
            assertTrue(rule.contains("name=\"cxw.rule.id\"") && rule.contains("value=\"acme.unrated-touchpoints\""), rule);
            String section = new String(jar.getInputStream(jar.getEntry(
                    "OSGI-INF/com.acme.cxw.unrated.UnratedTouchpointSection.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(section.contains("interface=\"org.cxworkbench.api.report.ReportSection\""), section);
            assertTrue(section.contains("value=\"acme.unrated\""), section);
        }
    }

    @Test
    void itImportsOnlyThePublishedApiWithConsumerRanges() throws Exception {
        try (JarFile jar = new JarFile(jar().toFile())) {
            List<ManifestHeader.Clause> imports = ManifestHeader.parse(
                    jar.getManifest().getMainAttributes().getValue("Import-Package"));
            assertTrue(imports.stream().anyMatch(i -> i.name().equals("org.cxworkbench.api.rules")), imports.toString());
            assertTrue(imports.stream().anyMatch(i -> i.name().equals("org.cxworkbench.model")), imports.toString());
            for (ManifestHeader.Clause clause : imports) {
                String name = clause.name();
                if (name.startsWith("java.")) {
                    continue;
                }
                assertTrue(name.startsWith("org.cxworkbench.api.") || name.equals("org.cxworkbench.model")
                        || name.startsWith("org.eclipse.emf.") || name.startsWith("org.osgi."),
                        "imports only the published API, the model, EMF and OSGi: " + name);
                if (name.startsWith("org.cxworkbench.")) {
                    assertEquals("[1.0,2)", clause.parameters().get("version"), name + " is imported as a consumer");
                }
            }
        }
    }

    @Test
    void theGuidesUnitTestRanInTheBuild() throws Exception {
        Path report = plugin.resolve("target/surefire-reports/TEST-com.acme.cxw.unrated.UnratedTouchpointRuleTest.xml");
        assertTrue(Files.exists(report), "the unit test ran: " + report + "\n" + buildLog);
        String xml = Files.readString(report);
        assertTrue(xml.contains("tests=\"1\"") && xml.contains("failures=\"0\"") && xml.contains("errors=\"0\""), xml);
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(plugin.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("com\\.acme\\.cxw\\.unrated-.*\\.jar"))
                    .min(Comparator.naturalOrder())
                    .orElseThrow(() -> new AssertionError("no plugin jar in " + plugin.resolve("target") + "\n" + buildLog));
        }
    }

    private static String run(Path dir, List<String> command, Map<String, String> env, String what) throws Exception {
        Path log = Files.createTempFile(work, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(what + " did not finish within " + BUILD_MINUTES + " minutes: " + command + "\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            fail(what + " failed with exit code " + process.exitValue() + ": " + command + "\n" + output);
        }
        return output;
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
