package org.cxworkbench.web.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;

/** {@code cxw serve} itself: serves on a free port and prints the address; refuses unsafe settings. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+/)");

    @InjectBundleContext
    static BundleContext context;

    static Path folder;

    @BeforeAll
    static void workspace() throws Exception {
        folder = WebServer.exampleWorkspace("serve");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        WebServer.delete(folder);
    }

    @Test
    void servesOnAFreePortAndPrintsTheAddress() throws Exception {
        Context serve = new Context(Map.of("PATH", folder.toString()), Map.of("--port", "0"));
        CxwCommand command = serveCommand();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                command.run(serve);
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "cxw serve (test)");
        thread.setDaemon(true); // serves until the framework stops
        thread.start();
        String printed = serve.printed();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && failed.get() == null && !ADDRESS.matcher(printed).find()) {
            Thread.sleep(100);
            printed = serve.printed();
        }
        assertEquals(null, failed.get(), "cxw serve failed: " + serve.errors());
        Matcher matcher = ADDRESS.matcher(printed);
        assertTrue(matcher.find(), "no address printed within 60 s: " + printed);
        assertTrue(printed.contains("CX Workbench serves " + folder.toAbsolutePath().normalize()), printed);
        assertTrue(printed.contains("press Ctrl-C to stop"), printed);
        URI base = URI.create(matcher.group(1));
        assertTrue(base.getPort() > 0 && base.getPort() != 8080, "a free port was picked: " + base);

        Api.Response session = new Api(base).get("/api/session");
        assertEquals(200, session.status(), session.body());
        assertEquals(folder.toAbsolutePath().normalize().toString(), session.json().get("workspace").getAsString());
        assertTrue(new Api(base).get("/api/strategies").body().contains("\"id\":\"acme\""));
        assertTrue(thread.isAlive(), "serve keeps serving until stopped");
    }

    @Test
    void refusesAnotherAddressWithoutAnAccessToken() throws Exception {
        assumeTrue(System.getenv("CXW_WEB_TOKEN") == null, "CXW_WEB_TOKEN is set in this environment");
        Context serve = new Context(Map.of("PATH", folder.toString()), Map.of("--host", "0.0.0.0", "--port", "0"));
        CommandException refused = assertThrows(CommandException.class, () -> serveCommand().run(serve));
        assertTrue(refused.getMessage().contains("CXW_WEB_TOKEN") && refused.getMessage().contains("--token-file"),
                refused.getMessage());
        assertFalse(serve.printed().contains("serves"), serve.printed());
    }

    @Test
    void refusesAShortTokenFileABadPortABadUploadLimitAndAMissingFolder() throws Exception {
        Path shortToken = Files.writeString(folder.resolve("token.txt"), "short");
        CommandException tooShort = assertThrows(CommandException.class, () -> serveCommand().run(new Context(
                Map.of("PATH", folder.toString()), Map.of("--host", "0.0.0.0", "--token-file", shortToken.toString()))));
        assertTrue(tooShort.getMessage().contains("too short"), tooShort.getMessage());

        CommandException badPort = assertThrows(CommandException.class, () -> serveCommand().run(new Context(
                Map.of("PATH", folder.toString()), Map.of("--port", "70000"))));
        assertTrue(badPort.getMessage().contains("70000"), badPort.getMessage());

        for (String limit : new String[] { "0", "lots", "20000" }) {
            CommandException badLimit = assertThrows(CommandException.class, () -> serveCommand().run(new Context(
                    Map.of("PATH", folder.toString()), Map.of("--upload-limit", limit))));
            assertTrue(badLimit.getMessage().contains("--upload-limit '" + limit + "' is not a size in MB from 1 to 10240"),
                    badLimit.getMessage());
        }

        CommandException missing = assertThrows(CommandException.class, () -> serveCommand().run(new Context(
                Map.of("PATH", folder.resolve("nothing-here").toString()), Map.of())));
        assertTrue(missing.getMessage().contains("neither a strategy file nor a folder"), missing.getMessage());
    }

    private static CxwCommand serveCommand() throws Exception {
        List<ServiceReference<CxwCommand>> refs = List.copyOf(
                context.getServiceReferences(CxwCommand.class, "(" + CxwCommand.NAME + "=serve)"));
        assertEquals(1, refs.size(), "one 'serve' command");
        return context.getService(refs.get(0));
    }

    /** The command line {@code cxw serve} would parse, given as values; records what the command prints. */
    static final class Context implements CommandContext {
        private final Map<String, String> args;
        private final Map<String, String> options;
        private final StringWriter outText = new StringWriter();
        private final StringWriter errText = new StringWriter();
        private final PrintWriter out = new PrintWriter(outText, true);
        private final PrintWriter err = new PrintWriter(errText, true);

        Context(Map<String, String> args, Map<String, String> options) {
            this.args = new HashMap<>(args);
            this.options = new HashMap<>(options);
        }

        String printed() {
            return outText.toString();
        }

        String errors() {
            return errText.toString();
        }

        @Override
        public Optional<String> arg(String name) {
            return Optional.ofNullable(args.get(name));
        }

        @Override
        public String requiredArg(String name) throws CommandException {
            return arg(name).orElseThrow(() -> new CommandException(name + " is required"));
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
            return option(name).map(List::of).orElse(List.of());
        }

        @Override
        public boolean flag(String name) {
            return false;
        }

        @Override
        public boolean json() {
            return false;
        }

        @Override
        public Path path(String argument) {
            return Path.of(argument).toAbsolutePath();
        }

        @Override
        public PrintWriter out() {
            return out;
        }

        @Override
        public PrintWriter err() {
            return err;
        }

        @Override
        public void printJson(Object value) {
            out.println(value);
        }

        @Override
        public boolean interactive() {
            return false;
        }
    }
}
