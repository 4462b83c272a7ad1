package org.cxworkbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy built only with cxw commands, from an empty file (examples/from-scratch/build-strategy.sh),
 * reaches all nine steps complete.
 */
class FromScratchTest {

    @TempDir
    Path dir;

    @Test
    void aStrategyBuiltWithCommandsOnlyCompletesAllNineSteps() throws Exception {
        Path script = Launcher.EXAMPLES.resolve("from-scratch/build-strategy.sh");
        Path file = dir.resolve("corner-grocer.cxs");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), file.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("script.log").toFile());
        builder.environment().put("CXW_PLUGINS", dir.resolve("plugins").toString());
        builder.environment().put("CXW_JAVA_OPTS", "-Dcxw.failures.file=" + Launcher.failureFile(dir));
        Process process = builder.start();
        assertTrue(process.waitFor(600, TimeUnit.SECONDS), "the script did not finish in 10 minutes");
        String log = java.nio.file.Files.readString(dir.resolve("script.log"));
        assertEquals(0, process.exitValue(), log);

        Launcher.Run status = Launcher.cxw(dir, "status", file.toString(), "--json");
        assertEquals(0, status.exitCode(), status.err());
        JsonObject json = JsonParser.parseString(status.out()).getAsJsonObject();
        for (JsonElement step : json.getAsJsonArray("steps")) {
            JsonObject s = step.getAsJsonObject();
            assertTrue(s.get("complete").getAsBoolean(), "step " + s.get("number") + " is not complete: "
                    + s.get("missing"));
        }
        assertTrue(json.get("complete").getAsBoolean());

        Launcher.Run validate = Launcher.cxw(dir, "validate", file.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    }
}
