package org.cxworkbench.journeys.internal.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.journeys.internal.testing.JourneyFixtures;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyMapCommandTest {

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();
    private final JourneyMapCommand command = new JourneyMapCommand(store);

    @BeforeEach
    void save() throws Exception {
        store.saveAs(JourneyFixtures.busyParents(), dir.resolve("parents.cxs"));
    }

    @Test
    void printsStagesAcrossWithTouchpointsPainPointsDelightsAndTheCurve() throws Exception {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "parents.cxs").arg("JOURNEY_ID", "journey-1");

        command.run(context);

        String out = context.textOutput();
        assertTrue(out.startsWith("Journey journey-1 'Weekly grocery order' of persona 'Busy, time-starved parents'"), out);
        String header = out.lines().skip(1).findFirst().orElseThrow();
        assertTrue(header.matches("\\s+\\| Awareness\\s+\\| Purchase\\s+\\| After purchase"), header);
        assertTrue(out.contains("Checkout (ecommerce)") && out.contains("email (email)"), out);
        assertTrue(out.contains("Kid-friendly recipe"), out);
        assertTrue(out.contains("pop-up before checkout"), out);
        assertTrue(out.contains("time [tactic: Remember"), out);
        List<String> curve = out.lines().filter(l -> l.matches("(Emotion)?\\s+[+-]?\\d[ -][|+].*")).toList();
        assertEquals(5, curve.size(), out);
        assertEquals(1, curve.get(1).chars().filter(c -> c == '*').count(), "+1: purchase");
        assertTrue(curve.get(2).contains("*") && curve.get(3).contains("*"), "0: awareness, -1: after purchase");
        int star = curve.get(1).indexOf('*');
        int purchaseColumn = header.indexOf("Purchase");
        assertTrue(star > purchaseColumn && star < header.indexOf("After purchase"), "the mark sits in the purchase column");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonOfAllJourneys() throws Exception {
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "parents.cxs").withFlag("--json");

        command.run(context);

        Map<String, Object> json = context.printed();
        List<Map<String, Object>> journeys = (List<Map<String, Object>>) json.get("journeys");
        assertEquals(1, journeys.size());
        List<Map<String, Object>> stages = (List<Map<String, Object>>) journeys.get(0).get("stages");
        assertEquals(3, stages.size());
        Map<String, Object> purchase = stages.get(1);
        assertEquals(1.0, purchase.get("emotionScore"));
        List<Map<String, Object>> delights = (List<Map<String, Object>>) purchase.get("delights");
        assertEquals("Kid-friendly recipe pop-up before checkout", delights.get(0).get("text"));
        List<Map<String, Object>> pains = (List<Map<String, Object>>) purchase.get("painPoints");
        assertEquals(List.of("tactic-1"), pains.get(0).get("tactics"));
        assertEquals("persona-1", ((Map<String, Object>) journeys.get(0).get("persona")).get("id"));
    }
}
