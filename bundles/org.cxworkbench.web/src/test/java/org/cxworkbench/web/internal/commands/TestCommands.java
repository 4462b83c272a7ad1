package org.cxworkbench.web.internal.commands;

import java.util.Map;

import org.cxworkbench.api.command.CxwCommand;

/** A {@link CommandRunner} with the given commands registered, as DS would. */
public final class TestCommands {

    private TestCommands() {
    }

    public static CommandRunner runner(CxwCommand... commands) {
        CommandRunner runner = new CommandRunner();
        for (CxwCommand command : commands) {
            runner.addCommand(command, Map.of(CxwCommand.NAME, command.spec().name()));
        }
        return runner;
    }
}
