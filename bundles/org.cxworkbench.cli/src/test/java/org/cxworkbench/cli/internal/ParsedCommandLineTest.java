package org.cxworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.junit.jupiter.api.Test;

class ParsedCommandLineTest {

    private final CommandSpec spec = CommandSpec.of("import-survey", "Imports a survey export.")
            .arg("FILE", "the strategy").arg("EXPORT", "the export")
            .option("--survey", "NAME", "survey").option("--map", "KPI=COLUMN", "mapping")
            .repeatable("--segment", "NAME=COLUMN", "segments").flag("--strict", "all or nothing");

    @Test
    void parsesPositionalsOptionsRepeatablesAndFlags() throws Exception {
        ParsedCommandLine line = ParsedCommandLine.parse(spec, List.of("acme.cxs", "--survey", "Q3 survey",
                "export.csv", "--map=NPS=Q1,CSAT=Q2", "--segment", "region=Region", "--segment", "tp=Touchpoint",
                "--strict", "--json"));
        assertEquals("acme.cxs", line.positionals.get("FILE"));
        assertEquals("export.csv", line.positionals.get("EXPORT"));
        assertEquals(List.of("Q3 survey"), line.options.get("--survey"));
        assertEquals(List.of("NPS=Q1,CSAT=Q2"), line.options.get("--map"));
        assertEquals(List.of("region=Region", "tp=Touchpoint"), line.options.get("--segment"));
        assertTrue(line.flags.contains("--strict"));
        assertTrue(line.flags.contains("--json"));
    }

    @Test
    void aDoubleDashEndsOptions() throws Exception {
        ParsedCommandLine line = ParsedCommandLine.parse(spec, List.of("--", "--weird.cxs", "e.csv"));
        assertEquals("--weird.cxs", line.positionals.get("FILE"));
    }

    @Test
    void usageErrorsNameTheCommandAndOption() {
        assertMessage(List.of("a.cxs", "e.csv", "--surve", "x"), "cxw import-survey: unknown option --surve; known options: --survey");
        assertMessage(List.of("a.cxs", "e.csv", "--survey"), "option --survey needs a value (NAME)");
        assertMessage(List.of("a.cxs", "e.csv", "--survey", "a", "--survey", "b"), "option --survey is given twice");
        assertMessage(List.of("a.cxs"), "missing EXPORT (the export)");
        assertMessage(List.of("a.cxs", "e.csv", "extra"), "unexpected argument 'extra'");
        assertMessage(List.of("a.cxs", "e.csv", "--strict=yes"), "option --strict takes no value");
    }

    private void assertMessage(List<String> args, String expected) {
        CommandException e = assertThrows(CommandException.class, () -> ParsedCommandLine.parse(spec, args));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(2, e.exitCode());
    }
}
