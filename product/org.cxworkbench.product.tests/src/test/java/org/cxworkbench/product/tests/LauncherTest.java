package org.cxworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported product, driven through the cxw script as a user would. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExitsZero() throws Exception {
        Launcher.Run help = Launcher.cxw(dir, "help");
        assertEquals(0, help.exitCode(), help.err());
        for (String command : new String[] {"new", "status", "validate", "plugins", "strategy"}) {
            assertTrue(help.out().contains("  " + command + " "), command + " missing:\n" + help.out());
        }
        Launcher.Run none = Launcher.cxw(dir);
        assertEquals(2, none.exitCode(), "no command is a usage error");
    }

    @Test
    void statusOfTheExampleAsJsonHasTheNineSteps() throws Exception {
        Path acme = Launcher.copyExample(dir);
        Launcher.Run status = Launcher.cxw(dir, "status", acme.getFileName().toString(), "--json");
        assertEquals(0, status.exitCode(), status.err());
        JsonObject json = JsonParser.parseString(status.out()).getAsJsonObject();
        JsonArray steps = json.getAsJsonArray("steps");
        assertEquals(9, steps.size());
        for (int i = 0; i < 9; i++) {
            JsonObject step = steps.get(i).getAsJsonObject();
            assertEquals(i + 1, step.get("number").getAsInt());
            assertTrue(step.has("name") && step.has("complete") && step.has("missing"), step.toString());
        }
    }

    @Test
    void newCreatesAStrategyAndRefusesToOverwriteIt() throws Exception {
        Launcher.Run created = Launcher.cxw(dir, "new", "fresh.cxs", "--name", "Fresh strategy", "--period", "2026-Q3",
                "--json");
        assertEquals(0, created.exitCode(), created.err());
        assertTrue(JsonParser.parseString(created.out()).isJsonObject(), created.out());
        byte[] before = Files.readAllBytes(dir.resolve("fresh.cxs"));
        Launcher.Run again = Launcher.cxw(dir, "new", "fresh.cxs", "--name", "Other");
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("fresh.cxs")));
    }

    @Test
    void badInputExitsTwoNamesTheFileAndLeavesItIntact() throws Exception {
        Path broken = dir.resolve("broken.cxs");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<cxs:Strategy xmlns:cxs=\"http://cxworkbench.org/cxstrategy/1.0\"\n");
        byte[] before = Files.readAllBytes(broken);
        Launcher.Run status = Launcher.cxw(dir, "validate", "broken.cxs");
        assertEquals(2, status.exitCode());
        assertTrue(status.err().contains("broken.cxs:"), status.err());
        assertArrayEquals(before, Files.readAllBytes(broken));
        Launcher.Run missing = Launcher.cxw(dir, "status", "nowhere.cxs");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nowhere.cxs: no such file"), missing.err());
    }

    @Test
    void pluginsListsAnEmptyFolder() throws Exception {
        Launcher.Run plugins = Launcher.cxw(dir, "plugins", "--json");
        assertEquals(0, plugins.exitCode(), plugins.err());
        JsonObject json = JsonParser.parseString(plugins.out()).getAsJsonObject();
        assertEquals(0, json.getAsJsonArray("plugins").size());
    }
}
