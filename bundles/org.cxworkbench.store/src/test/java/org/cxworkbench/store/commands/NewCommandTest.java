package org.cxworkbench.store.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.store.internal.XmiStrategyStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxw new} still creates a valid file when a plugin's definition provider throws or hangs. */
class NewCommandTest {

    @TempDir
    Path dir;

    private final XmiStrategyStore store = new XmiStrategyStore();
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void release() {
        released.countDown();
    }

    @Test
    void aThrowingAndAHangingProviderAreSkippedAndTheFileHasTheOtherDefinitions() throws Exception {
        NewCommand command = new NewCommand(store, Duration.ofSeconds(1));
        KpiDefinitionCollectorTest.Log log = new KpiDefinitionCollectorTest.Log();
        command.setFailureLog(log);
        command.addKpiProvider(() -> List.of(KpiDefinitionCollectorTest.definition("NPS")), "org.cxworkbench.measure",
                "DefaultKpiDefinitionProvider");
        command.addKpiProvider(() -> {
            throw new IllegalStateException("broken on purpose");
        }, "com.acme.throws", "ThrowingProvider");
        command.addKpiProvider(() -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(KpiDefinitionCollectorTest.definition("LATE"));
        }, "com.acme.hangs", "HangingProvider");
        Context context = new Context(dir.resolve("fresh.cxs"), false);

        assertEquals(CxwCommand.OK, command.run(context));

        Strategy created = store.load(dir.resolve("fresh.cxs"));
        assertEquals(List.of("NPS"), created.getKpiDefinitions().stream().map(KpiDefinition::getCode).toList());
        assertEquals("Fresh", created.getName());
        String err = context.err.toString();
        assertTrue(err.contains("warning: the KPI definitions of ThrowingProvider from bundle com.acme.throws were "
                + "skipped: it failed: java.lang.IllegalStateException: broken on purpose"), err);
        assertTrue(err.contains("warning: the KPI definitions of HangingProvider from bundle com.acme.hangs were "
                + "skipped: it did not answer within 1 s"), err);
        assertTrue(context.out.toString().contains("with KPI definitions NPS"), context.out.toString());
        assertEquals(2, log.failures.size());
    }

    @Test
    void withJsonTheWarningsArePartOfTheAnswer() throws Exception {
        NewCommand command = new NewCommand(store, Duration.ofSeconds(30));
        command.addKpiProvider(() -> null, "com.acme.null", "NullProvider");
        Context context = new Context(dir.resolve("fresh.cxs"), true);

        assertEquals(CxwCommand.OK, command.run(context));

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) context.printed;
        assertEquals(List.of("the KPI definitions of NullProvider from bundle com.acme.null were skipped: it "
                + "returned null instead of a list of definitions"), json.get("warnings"));
        assertEquals("", context.err.toString());
        assertTrue(store.load(dir.resolve("fresh.cxs")).getKpiDefinitions().isEmpty());
    }

    /** {@code cxw new FILE --name Fresh}. */
    private static final class Context implements CommandContext {
        final Path file;
        final boolean json;
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        Object printed;

        Context(Path file, boolean json) {
            this.file = file;
            this.json = json;
        }

        @Override
        public Optional<String> arg(String name) {
            return Optional.of(file.toString());
        }

        @Override
        public String requiredArg(String name) {
            return file.toString();
        }

        @Override
        public List<String> restArgs() {
            return List.of();
        }

        @Override
        public Optional<String> option(String name) {
            return name.equals("--name") ? Optional.of("Fresh") : Optional.empty();
        }

        @Override
        public List<String> options(String name) {
            return option(name).stream().toList();
        }

        @Override
        public boolean flag(String name) {
            return false;
        }

        @Override
        public boolean json() {
            return json;
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
            printed = value;
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }
}
