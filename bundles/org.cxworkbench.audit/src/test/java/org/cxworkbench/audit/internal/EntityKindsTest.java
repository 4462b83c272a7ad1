package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.testing.EntityEngine;
import org.cxworkbench.testing.CommandRun;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The touchpoint, rating, note and swot kinds through the workbench's generic entity commands. */
class EntityKindsTest {

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private CxwCommand touchpoint;
    private CxwCommand rating;
    private CxwCommand note;
    private CxwCommand swot;

    @BeforeEach
    void setUp() throws Exception {
        Strategy s = AuditStrategies.F.createStrategy();
        s.setName("Acme");
        s.setCurrentPeriod("2026-Q3");
        store.saveAs(s, dir.resolve("s.cxs"));
        touchpoint = EntityEngine.command(new TouchpointKind(), store);
        rating = EntityEngine.command(new RatingKind(), store);
        note = EntityEngine.command(new AuditNoteKind(), store);
        swot = EntityEngine.command(new SwotKind(), store);
    }

    private CommandRun run(CxwCommand command, String... args) {
        CommandRun run = CommandRun.of(command, dir, args);
        return run;
    }

    @Test
    void theAuditIsEnteredTouchpointByTouchpoint() throws Exception {
        assertEquals(0, run(touchpoint, "add", "s.cxs", "--name", "Mobile app", "--channel", "MOBILE_APP", "--stage",
                "Order").exitCode());
        CommandRun rated = run(rating, "add", "s.cxs", "--touchpoint", "touchpoint-1", "--score", "4.5");
        assertEquals(0, rated.exitCode(), rated.err());
        CommandRun noted = run(note, "add", "s.cxs", "--touchpoint", "touchpoint-1", "--kind", "OPPORTUNITY", "--text",
                "Kid-friendly recipe pop-up before checkout");
        assertEquals(0, noted.exitCode(), noted.err());
        CommandRun item = run(swot, "add", "s.cxs", "--quadrant", "STRENGTH", "--text", "Quick reorder",
                "--evidence-touchpoints", "touchpoint-1");
        assertEquals(0, item.exitCode(), item.err());

        Strategy s = store.load(dir.resolve("s.cxs"));
        Touchpoint app = s.getTouchpoints().get(0);
        assertEquals("2026-Q3", app.getRatings().get(0).getPeriod(), "the period defaults to the current period");
        assertEquals(4.5, app.getRatings().get(0).getScore());
        assertEquals(NoteKind.OPPORTUNITY, app.getNotes().get(0).getKind());
        assertEquals(SwotQuadrant.STRENGTH, s.getSwotItems().get(0).getQuadrant());
        assertEquals(SwotSubject.OWN_CX, s.getSwotItems().get(0).getSubjectKind());
        assertEquals(app, s.getSwotItems().get(0).getEvidenceTouchpoints().get(0));
    }

    @Test
    void invalidRatingsAndNotesAreRefused() {
        run(touchpoint, "add", "s.cxs", "--name", "Phone line", "--channel", "PHONE");
        CommandRun seven = run(rating, "add", "s.cxs", "--touchpoint", "touchpoint-1", "--period", "2026-Q3",
                "--score", "7");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, seven.exitCode());
        assertTrue(seven.err().contains("--score 7.0 is outside the rating scale 1 (poor) to 5 (excellent)"),
                seven.err());
        CommandRun noScore = run(rating, "add", "s.cxs", "--touchpoint", "touchpoint-1", "--period", "2026-Q3");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, noScore.exitCode());
        CommandRun noTouchpoint = run(rating, "add", "s.cxs", "--score", "3");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, noTouchpoint.exitCode(), "a rating needs its touchpoint");
        CommandRun emptyNote = run(note, "add", "s.cxs", "--touchpoint", "touchpoint-1", "--kind", "PAIN_POINT",
                "--frequency", "3");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, emptyNote.exitCode());
        CommandRun suggested = run(swot, "add", "s.cxs", "--quadrant", "THREAT", "--text", "x", "--suggested", "true");
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, suggested.exitCode(), "only swot-suggest marks suggestions");
    }
}
