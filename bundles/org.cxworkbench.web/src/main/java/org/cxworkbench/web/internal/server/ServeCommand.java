package org.cxworkbench.web.internal.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.web.internal.workspace.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw serve [FILE|DIR] [--port N] [--host ADDRESS]}: starts the web workbench in this runtime and
 * serves until stopped (Ctrl-C). Binds to 127.0.0.1 unless told otherwise; any other address needs an
 * access token set by the operator (environment variable {@value #TOKEN_VARIABLE} or {@code --token-file}).
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "serve", summary = "Starts the web workbench in the browser (127.0.0.1:8080 by default)",
        group = "runtime")
public final class ServeCommand implements CxwCommand {

    /** Environment variable with the access token. */
    static final String TOKEN_VARIABLE = "CXW_WEB_TOKEN";

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");
    private static final int DEFAULT_PORT = 8080;
    private static final long MB = 1024L * 1024;
    /** 10 GB: an upload is kept in a temporary file until it is imported. */
    private static final long MAX_UPLOAD_MB = 10_240;

    private final StrategyStore store;
    private final WebServerControl control;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Activate
    public ServeCommand(@Reference StrategyStore store, @Reference WebServerControl control) {
        this.store = store;
        this.control = control;
    }

    @Deactivate
    void deactivate() {
        stopped.countDown();
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("serve", "Starts the web workbench: the nine steps, the KPI dashboard, survey uploads "
                + "and the quarterly report in the browser, on the strategy files of a folder. Prints the address and "
                + "serves until stopped with Ctrl-C. Binds to 127.0.0.1 only, unless --host names another address; "
                + "then every request needs the access token from the environment variable " + TOKEN_VARIABLE
                + " or --token-file.")
                .optionalArg("PATH", "a strategy file to open, or a folder of strategy files (default: the current folder)")
                .option("--port", "N", "the port (default " + DEFAULT_PORT + "; 0 picks a free one)")
                .option("--host", "ADDRESS", "the address to bind (default 127.0.0.1)")
                .option("--token-file", "FILE", "a file holding the access token (needed with --host)")
                .option("--upload-limit", "MB", "the largest survey export the browser may upload, in MB (default "
                        + WebSettings.DEFAULT_UPLOAD_MAX_BYTES / MB + ", at most " + MAX_UPLOAD_MB + ")")
                .flag("--detach", "return at once and keep serving while this runtime runs (in 'cxw shell')")
                .example("cxw serve examples/acme")
                .example("cxw serve acme.cxs --port 9090");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        Path path = context.path(context.arg("PATH").orElse("."));
        Path folder;
        Path file = null;
        if (Files.isDirectory(path)) {
            folder = path;
        } else if (Files.isRegularFile(path)) {
            loadable(path);
            file = path;
            folder = path.toAbsolutePath().getParent();
        } else {
            throw new CommandException("cxw serve: " + path + " is neither a strategy file nor a folder");
        }
        int port = port(context);
        long uploadLimit = uploadLimit(context);
        String host = context.option("--host").orElse("127.0.0.1");
        String token = token(context);
        if (!LOOPBACK.contains(host.toLowerCase(Locale.ROOT)) && token.isEmpty()) {
            throw new CommandException("cxw serve: binding to " + host + " makes the workbench reachable from other "
                    + "machines; set an access token first (environment variable " + TOKEN_VARIABLE
                    + " or --token-file FILE)");
        }
        // on the launcher's thread, before any request: see Log4jStartup
        Log4jStartup.initialise();
        String address;
        try {
            address = control.start(folder, file, host, port, token, uploadLimit);
        } catch (IOException e) {
            throw new CommandException("cxw serve: " + e.getMessage(), e);
        }
        context.out().println("CX Workbench serves " + folder.toAbsolutePath().normalize() + " at " + address);
        String stop = context.flag("--detach") ? "it serves until the shell exits." : "press Ctrl-C to stop.";
        context.out().println(token.isEmpty() ? "Open it in your browser; " + stop
                : "Every request needs the access token; " + stop);
        context.out().flush();
        if (context.flag("--detach")) {
            return OK;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private void loadable(Path file) throws CommandException {
        try {
            store.load(file);
        } catch (StrategyFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    private static long uploadLimit(CommandContext context) throws CommandException {
        if (context.option("--upload-limit").isEmpty()) {
            return WebSettings.DEFAULT_UPLOAD_MAX_BYTES;
        }
        String text = context.option("--upload-limit").get().strip();
        try {
            long megabytes = Long.parseLong(text);
            if (megabytes < 1 || megabytes > MAX_UPLOAD_MB) {
                throw new NumberFormatException();
            }
            return megabytes * MB;
        } catch (NumberFormatException e) {
            throw new CommandException("cxw serve: --upload-limit '" + text + "' is not a size in MB from 1 to "
                    + MAX_UPLOAD_MB);
        }
    }

    private static int port(CommandContext context) throws CommandException {
        String text = context.option("--port").orElse(String.valueOf(DEFAULT_PORT));
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new CommandException("cxw serve: --port '" + text + "' is not a port number (0 to 65535)");
        }
    }

    private static String token(CommandContext context) throws CommandException {
        if (context.option("--token-file").isPresent()) {
            Path file = context.path(context.option("--token-file").get());
            try {
                String token = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (token.length() < 16) {
                    throw new CommandException("cxw serve: the access token in " + file
                            + " is too short; use at least 16 characters");
                }
                return token;
            } catch (IOException e) {
                throw new CommandException("cxw serve: cannot read the token file " + file + ": " + e.getMessage(), e);
            }
        }
        String token = System.getenv(TOKEN_VARIABLE);
        if (token != null && !token.isBlank() && token.strip().length() < 16) {
            throw new CommandException("cxw serve: " + TOKEN_VARIABLE + " is too short; use at least 16 characters");
        }
        return token == null ? "" : token.strip();
    }
}
