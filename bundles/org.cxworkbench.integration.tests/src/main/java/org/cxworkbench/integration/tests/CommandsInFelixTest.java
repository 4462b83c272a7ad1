package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

/** The cxw commands run inside the framework as they do from the launcher. */
class CommandsInFelixTest {

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path dir;

    @Test
    void newStrategyUpdateAndStatusAsJson() throws Exception {
        String file = dir.resolve("t.cxs").toString();
        Cxw.Result created = Cxw.run(context, "new", file, "--name", "Integration strategy", "--period", "2026-Q3");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(Files.readString(Path.of(file)).contains("name=\"Integration strategy\""));

        Cxw.Result updated = Cxw.run(context, "strategy", "update", file, "--objectives", "Be easy to reach");
        assertEquals(0, updated.exitCode(), updated.err());

        Cxw.Result status = Cxw.run(context, "status", file, "--json");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().trim().startsWith("{"), status.out());
        assertTrue(status.out().contains("\"number\": 9"), status.out());
        assertTrue(status.out().contains("\"complete\": false"), status.out());
    }

    @Test
    void usageAndInputErrorsExitWithTwo() throws Exception {
        Cxw.Result unknown = Cxw.run(context, "stauts", "x.cxs");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("did you mean 'status'"), unknown.err());

        Path broken = dir.resolve("broken.cxs");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<oops>\n");
        Cxw.Result malformed = Cxw.run(context, "status", broken.toString(), "--json");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.out().contains("\"error\""), "JSON mode reports errors as JSON: " + malformed.out());
        assertTrue(malformed.err().contains(broken + ":"), malformed.err());
    }

    @Test
    void helpDocumentsEveryCommand() throws Exception {
        Cxw.Result help = Cxw.run(context, "help");
        assertEquals(0, help.exitCode());
        for (String command : new String[] {"new", "status", "validate", "plugins", "strategy"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " missing in help");
            Cxw.Result one = Cxw.run(context, "help", command);
            assertEquals(0, one.exitCode(), one.err());
            assertTrue(one.out().startsWith("Usage: cxw " + command), one.out());
        }
    }
}
