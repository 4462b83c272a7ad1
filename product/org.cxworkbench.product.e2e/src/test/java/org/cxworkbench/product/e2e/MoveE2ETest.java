package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reordering and moving in the browser on the example strategy: a tactic step one place up with the keyboard focus
 * kept on its button, a step into another tactic, a goal under another goal and back to the top level, and a
 * journey stage one place to the right. Each checked on the page and in what the server has.
 */
class MoveE2ETest {

    @RegisterExtension
    static final ServedExample served = new ServedExample("move");

    @Test
    void stepsGoalsAndStagesAreReorderedAndMoved() throws Exception {
        try (Browser browser = new Browser("move", served.base())) {
            Workbench wb = new Workbench(browser, "acme");
            Rest rest = new Rest(served.base(), "check");
            browser.open("#/");
            wb.user("Ann");

            // ---- step 6: the last step of tactic-1 one place up; the focus stays on the button
            wb.step(6);
            assertTrue(browser.visible(Browser.testId("move-step-tactic-step-1-earlier")).getAttribute("disabled") != null,
                    "the first step cannot move up");
            browser.click(Browser.testId("move-step-tactic-step-4-earlier"));
            browser.until(d -> rows(browser, "steps-tactic-1").equals(
                    List.of("tactic-step-1", "tactic-step-2", "tactic-step-4", "tactic-step-3")), "tactic-step-4 in third place");
            browser.until(d -> "move-step-tactic-step-4-earlier".equals(browser.script(
                    "return document.activeElement && document.activeElement.dataset.testid;")), "the focus back on the button");
            assertEquals(List.of("tactic-step-1", "tactic-step-2", "tactic-step-4", "tactic-step-3"), steps(rest, "tactic-1"));

            // ---- step 6: the same step into tactic-2, first place, through the move dialog
            browser.click(Browser.testId("move-step-tactic-step-4"));
            browser.visible(Browser.testId("move-dialog"));
            browser.select(Browser.testId("move-parent"), "tactic-2");
            browser.select(Browser.testId("move-place"), "1");
            browser.screenshot("step-6-move-dialog");
            browser.click(Browser.testId("move-submit"));
            browser.until(d -> !browser.present(Browser.testId("move-dialog")), "the move dialog to close");
            browser.until(d -> rows(browser, "steps-tactic-2").size() == 5 && rows(browser, "steps-tactic-2").get(0)
                    .equals("tactic-step-4"), "tactic-step-4 first in tactic-2");
            assertEquals(List.of("tactic-step-1", "tactic-step-2", "tactic-step-3"), steps(rest, "tactic-1"));
            assertEquals("tactic-step-4", steps(rest, "tactic-2").get(0));

            // ---- step 1: goal-3 under goal-1, then back to the top level in second place
            wb.step(1);
            browser.click(Browser.testId("move-goal-goal-3"));
            browser.visible(Browser.testId("move-dialog"));
            browser.select(Browser.testId("move-parent"), "goal-1");
            browser.screenshot("step-1-move-dialog");
            browser.click(Browser.testId("move-submit"));
            browser.until(d -> !browser.present(Browser.testId("move-dialog")), "the move dialog to close");
            browser.until(d -> goalRowClass(browser, "goal-3").contains("depth-1"), "goal-3 shown as a sub-goal");
            assertEquals(List.of("goal-2", "goal-3"), children(rest, "goal-1"), "goal-3 last under goal-1");

            browser.click(Browser.testId("move-goal-goal-3"));
            browser.visible(Browser.testId("move-dialog"));
            browser.select(Browser.testId("move-parent"), "");
            browser.select(Browser.testId("move-place"), "2");
            browser.click(Browser.testId("move-submit"));
            browser.until(d -> goalRowClass(browser, "goal-3").contains("depth-0"), "goal-3 at the top level again");
            JsonObject goals = rest.get("/api/strategies/acme/goals");
            assertEquals("goal-3", goals.getAsJsonArray("goals").get(1).getAsJsonObject().get("id").getAsString(),
                    "second at the top level: " + goals.getAsJsonArray("goals"));
            browser.screenshot("step-1-after-moves");

            // ---- step 5: the first stage of the journey one place to the right
            wb.step(5);
            List<String> before = stages(browser);
            browser.click(Browser.testId("move-stage-" + before.get(0) + "-later"));
            List<String> expected = new ArrayList<>(before);
            expected.set(0, before.get(1));
            expected.set(1, before.get(0));
            browser.until(d -> stages(browser).equals(expected), "the first stage in second place");
            browser.screenshot("step-5-after-move");
            browser.assertNoScriptErrors();
        }
    }

    /** The data-id of the rows of a table, read in one script call (the page redraws after every move). */
    private static List<String> rows(Browser browser, String table) {
        return ids(browser, "[data-testid='" + table + "'] tr[data-id]", "id");
    }

    /** The stages of the journey map, left to right. */
    private static List<String> stages(Browser browser) {
        return ids(browser, "[data-testid='journey-map'] .stage-head", "stage");
    }

    /** The class of the goal table's row of a goal, or "" while the page redraws. */
    private static String goalRowClass(Browser browser, String goal) {
        return String.valueOf(browser.script("const row = document.querySelector(arguments[0]); return row ? row.className : '';",
                "[data-testid='goal-table'] tr[data-id='" + goal + "']"));
    }

    private static List<String> ids(Browser browser, String selector, String key) {
        Object found = browser.script("return [...document.querySelectorAll(arguments[0])].map(e => e.dataset[arguments[1]]);",
                selector, key);
        List<String> ids = new ArrayList<>();
        if (found instanceof List<?> list) {
            list.forEach(id -> ids.add(String.valueOf(id)));
        }
        return ids;
    }

    private static List<String> steps(Rest rest, String tactic) throws Exception {
        List<String> ids = new ArrayList<>();
        JsonObject item = rest.get("/api/strategies/acme/entities/tactic/" + tactic).getAsJsonObject("item");
        for (JsonElement step : item.getAsJsonArray("steps")) {
            ids.add(step.getAsJsonObject().get("id").getAsString());
        }
        return ids;
    }

    /** The ids of the sub-goals of a top-level goal, in order. */
    private static List<String> children(Rest rest, String id) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonElement goal : rest.get("/api/strategies/acme/goals").getAsJsonArray("goals")) {
            if (goal.getAsJsonObject().get("id").getAsString().equals(id)) {
                goal.getAsJsonObject().getAsJsonArray("children").forEach(c -> ids.add(c.getAsJsonObject().get("id").getAsString()));
            }
        }
        return ids;
    }
}
