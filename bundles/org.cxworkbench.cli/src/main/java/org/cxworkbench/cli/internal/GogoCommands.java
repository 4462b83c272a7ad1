package org.cxworkbench.cli.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code cxw} commands in the Gogo shell: {@code cxw status acme.cxs} works there as on the command
 * line. Gogo sets {@code System.out} per session, so output reaches the shell user.
 */
@Component(service = GogoCommands.class, property = { "osgi.command.scope=cxw", "osgi.command.function=cxw" })
public final class GogoCommands {

    private final CommandDispatcher dispatcher;

    @Activate
    public GogoCommands(@Reference CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /**
     * Runs {@code cxw ARGS...}. Returns nothing on success and the exit code otherwise, so the shell shows
     * a number only when something went wrong.
     */
    public Integer cxw(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Path cwd = Path.of(System.getProperty("cxw.cwd", System.getProperty("user.dir")));
        int code = dispatcher.dispatch(Arrays.asList(args), out, err, cwd, false);
        return code == 0 ? null : code;
    }
}
