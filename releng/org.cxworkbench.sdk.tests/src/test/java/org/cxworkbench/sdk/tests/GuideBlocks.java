package org.cxworkbench.sdk.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The code blocks of docs/plugins.md that the SDK test runs: each is the fenced block following a marker
 * line {@code <!-- sdk-test: NAME -->}.
 */
final class GuideBlocks {

    private final Path guide;
    private final List<String> lines;

    GuideBlocks(Path guide) throws IOException {
        this.guide = guide;
        this.lines = Files.readAllLines(guide);
    }

    /** The content of the fenced block after the marker {@code name}. */
    String block(String name) {
        String marker = "<!-- sdk-test: " + name + " -->";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(marker)) {
                int open = i + 1;
                while (open < lines.size() && lines.get(open).isBlank()) {
                    open++;
                }
                if (open >= lines.size() || !lines.get(open).startsWith("```")) {
                    throw new AssertionError(guide + ":" + (i + 1) + ": marker " + name + " is not followed by a code block");
                }
                StringBuilder block = new StringBuilder();
                for (int j = open + 1; j < lines.size(); j++) {
                    if (lines.get(j).startsWith("```")) {
                        return block.toString();
                    }
                    block.append(lines.get(j)).append('\n');
                }
                throw new AssertionError(guide + ": the code block after marker " + name + " is not closed");
            }
        }
        throw new AssertionError(guide + ": no marker " + marker);
    }
}
