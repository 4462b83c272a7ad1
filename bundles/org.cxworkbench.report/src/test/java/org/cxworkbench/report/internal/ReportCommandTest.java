package org.cxworkbench.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    /** A report builder over the test sections and the real renderers. */
    static ReportBuilder builder() {
        return builder(ReportAssemblerTest.RENDERERS);
    }

    /** A report builder over the test sections and these renderers. */
    static ReportBuilder builder(Map<String, RendererEntry> renderers) {
        ReportAssembler assembler = ReportAssemblerTest.assembler(ReportAssemblerTest.sections(), renderers,
                Duration.ofMillis(300));
        return new ReportBuilder() {
            @Override
            public BuiltReport buildReport(Strategy strategy, String period, Locale locale) {
                return assembler.build(strategy, period, locale);
            }

            @Override
            public void checkFormats(List<String> formats, Locale locale) {
                assembler.checkFormats(formats, locale);
            }

            @Override
            public WrittenReport writeReport(BuiltReport report, List<String> formats, Path directory) {
                return assembler.write(report, formats, directory);
            }
        };
    }

    static StrategyStore store() {
        return new StrategyStore() {
            @Override
            public Strategy load(Path file) {
                return Fixtures.strategy();
            }

            @Override
            public Strategy create(Path file, String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void save(Strategy strategy) {
                throw new AssertionError("the report must not save the strategy");
            }

            @Override
            public void saveAs(Strategy strategy, Path file) {
                throw new AssertionError("the report must not save the strategy");
            }

            @Override
            public Path fileOf(Strategy strategy) {
                return Path.of("/tmp/cxw/acme.cxs");
            }

            @Override
            public void assignIds(Strategy strategy) {
            }
        };
    }

    @Test
    void writesTheRequestedFormatsAndPrintsJson() throws CommandException {
        Context context = new Context(true, Map.of("--out", dir.toString(), "--format", "pdf"));
        int exit = new ReportCommand(store(), builder()).run(context);
        assertEquals(0, exit);
        assertTrue(Files.exists(dir.resolve("acme-2026-Q3.pdf")));
        assertTrue(Files.notExists(dir.resolve("acme-2026-Q3.xlsx")));
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) context.json;
        assertEquals(List.of(dir.resolve("acme-2026-Q3.pdf").toString()), json.get("files"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>) json.get("sections");
        assertEquals("summary", sections.get(0).get("id"));
        assertEquals("ok", sections.get(0).get("status"));
        assertEquals("failed", sections.get(2).get("status"));
        assertEquals("", context.out.toString(), "nothing but JSON on stdout");
    }

    @Test
    void badPeriodAndUnknownFormatAreUsageErrors() {
        CommandException period = assertThrows(CommandException.class, () -> new ReportCommand(store(), builder())
                .run(new Context(false, Map.of("--out", dir.toString(), "--period", "Q3-2026"))));
        assertEquals(2, period.exitCode());
        assertTrue(period.getMessage().contains("--period Q3-2026"));
        CommandException format = assertThrows(CommandException.class, () -> new ReportCommand(store(), builder())
                .run(new Context(false, Map.of("--out", dir.toString(), "--format", "pptx"))));
        assertEquals(2, format.exitCode());
        assertTrue(format.getMessage().contains("install the pptx plugin jar into plugins/"), format.getMessage());
    }

    @Test
    void aFailingRendererCostsOnlyItsFormatAndEndsWithExitCodeTwoNamingItsBundle() {
        Map<String, RendererEntry> renderers = new HashMap<>(ReportAssemblerTest.RENDERERS);
        renderers.put("pptx", new RendererEntry("pptx", "com.acme.pptx", ReportAssemblerTest.throwingRenderer()));
        Context context = new Context(false, Map.of("--out", dir.toString(), "--format", "pptx,pdf"));

        CommandException failed = assertThrows(CommandException.class,
                () -> new ReportCommand(store(), builder(renderers)).run(context));

        assertEquals(2, failed.exitCode());
        assertEquals(dir + ": the pptx file was not written: the renderer from bundle com.acme.pptx failed: "
                + "IllegalStateException: no slide layout; the other formats were written: "
                + dir.resolve("acme-2026-Q3.pdf"), failed.getMessage());
        assertTrue(Files.exists(dir.resolve("acme-2026-Q3.pdf")));
        assertTrue(context.out.toString().contains("wrote " + dir.resolve("acme-2026-Q3.pdf")), context.out.toString());
    }

    /** A command context with FILE = /tmp/cxw/acme.cxs and the given options. */
    static final class Context implements CommandContext {
        final boolean jsonMode;
        final Map<String, String> options;
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        Object json;

        Context(boolean json, Map<String, String> options) {
            this.jsonMode = json;
            this.options = new HashMap<>(options);
        }

        @Override
        public Optional<String> arg(String name) {
            return Optional.of("/tmp/cxw/acme.cxs");
        }

        @Override
        public String requiredArg(String name) {
            return "/tmp/cxw/acme.cxs";
        }

        @Override
        public List<String> restArgs() {
            return List.of();
        }

        @Override
        public Optional<String> option(String name) {
            return Optional.ofNullable(options.get(name));
        }

        @Override
        public List<String> options(String name) {
            return option(name).map(List::of).orElse(new ArrayList<>());
        }

        @Override
        public boolean flag(String name) {
            return options.containsKey(name);
        }

        @Override
        public boolean json() {
            return jsonMode;
        }

        @Override
        public Path path(String argument) {
            return Path.of(argument);
        }

        @Override
        public PrintWriter out() {
            return new PrintWriter(out, true);
        }

        @Override
        public PrintWriter err() {
            return new PrintWriter(err, true);
        }

        @Override
        public void printJson(Object value) {
            json = value;
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }
}
