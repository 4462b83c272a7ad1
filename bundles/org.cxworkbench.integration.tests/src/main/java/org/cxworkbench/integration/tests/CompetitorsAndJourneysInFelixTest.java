package org.cxworkbench.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;

/**
 * Steps 3-5 from the command line inside the framework: the competitor and journey entity kinds through the
 * generic entity commands, then rank-matrix, gap-analysis, journey-template and journey-map.
 */
class CompetitorsAndJourneysInFelixTest {

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path dir;

    private Cxw.Result ok(String... args) throws Exception {
        Cxw.Result result = Cxw.run(context, args);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err() + result.out());
        return result;
    }

    @Test
    void competitorsRanksAndTheLongWaitGap() throws Exception {
        String file = dir.resolve("grocer.cxs").toString();
        ok("new", file, "--name", "FreshBasket", "--period", "2026-Q3");
        ok("competitor", "add", file, "--name", "QuickCart", "--direct", "true");
        ok("keyword", "add", file, "--term", "online grocery delivery");
        ok("rank", "add", file, "--keyword", "keyword-1", "--position", "3", "--date", "2026-06-01");
        ok("rank", "add", file, "--keyword", "keyword-1", "--position", "2", "--date", "2026-07-01");
        ok("rank", "add", file, "--keyword", "keyword-1", "--competitor", "QuickCart", "--position", "1", "--date", "2026-07-01");

        Cxw.Result matrix = ok("rank-matrix", file);
        assertTrue(matrix.out().contains("online grocery delivery (1)"), matrix.out());
        assertTrue(matrix.out().contains("2 (up 1)"), matrix.out());

        ok("finding", "add", file, "--competitor", "competitor-1", "--kind", "negative-review", "--text",
                "Long waits to reach a service rep");
        Cxw.Result gaps = ok("gap-analysis", file, "--accept");
        assertTrue(gaps.out().contains("Chatbot that takes details and has an agent call back"), gaps.out());
        Cxw.Result again = ok("gap-analysis", file, "--accept", "--json");
        assertTrue(again.out().contains("\"added\": []"), again.out());

        Cxw.Result badRank = Cxw.run(context, "keyword", "add", file, "--term", "meal kits", "--relevance-rank", "12");
        assertEquals(2, badRank.exitCode());
        assertTrue(badRank.err().contains("outside 1..10"), badRank.err());

        Cxw.Result status = ok("status", file, "--json");
        assertTrue(status.out().contains("competitors.keyword-count"), status.out());
        assertTrue(status.out().contains("research.competitor-swot"), status.out());
    }

    @Test
    void personaJourneyTemplateAndMap() throws Exception {
        String file = dir.resolve("parents.cxs").toString();
        ok("new", file, "--name", "FreshBasket", "--period", "2026-Q3");
        ok("persona", "add", file, "--name", "Busy, time-starved parents", "--behaviours",
                "Orders groceries on mobile early in the week");
        ok("journey", "add", file, "--name", "Weekly grocery order", "--persona", "persona-1");
        Cxw.Result template = ok("journey-template", file, "journey-1", "--template", "five-e");
        assertTrue(template.out().contains("5 stages added"), template.out());
        ok("delight", "add", file, "--stage", "journey-stage-4", "--text", "Kid-friendly recipe pop-up before checkout");

        Cxw.Result map = ok("journey-map", file, "journey-1");
        assertTrue(map.out().contains("Entice") && map.out().contains("Extend"), map.out());
        assertTrue(map.out().contains("Kid-friendly recipe"), map.out());

        Cxw.Result refused = Cxw.run(context, "journey-template", file, "journey-1", "--template", "purchase");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("'Weekly grocery order' already has 5 stages"), refused.err());

        Cxw.Result badEmotion = Cxw.run(context, "stage", "update", file, "journey-stage-1", "--emotion-score", "3");
        assertEquals(2, badEmotion.exitCode());
        assertTrue(badEmotion.err().contains("outside -2"), badEmotion.err());

        Cxw.Result status = ok("status", file, "--json");
        assertTrue(status.out().contains("journeys.stage-touchpoints"), status.out());
    }
}
