package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The whole workflow in a real browser on a fresh strategy, through the controls a user clicks: create it on the
 * home page, then fill every step on its page, checking after each that what was entered is shown and saved.
 */
class WorkflowE2ETest {

    static final String ID = "corner-grocer";

    @RegisterExtension
    static final ServedExample served = new ServedExample("workflow");

    @Test
    void aFreshStrategyThroughTheSteps() throws Exception {
        try (Browser browser = new Browser("workflow", served.base())) {
            Workbench wb = new Workbench(browser, ID);
            Rest rest = new Rest(served.base(), "check");

            // ---- create a fresh strategy from the home page
            browser.open("#/");
            wb.user("Sanne");
            browser.fill(Browser.id("new-name"), "Corner Grocer CX strategy 2027");
            browser.fill(Browser.id("new-id"), ID);
            browser.click(By.cssSelector("main form button[type=submit]"));
            browser.until(d -> browser.hash().equals("#/s/" + ID), "the new strategy's overview");
            browser.awaitPage();
            browser.awaitText(By.cssSelector("main .lead"), "0 of 9 steps complete");
            browser.screenshot("overview-fresh");
            assertTrue(Files.isRegularFile(served.folder().resolve(ID + ".cxs")));

            step1Goals(wb, browser);
            step2Audit(wb, browser);
            step3Competitors(wb, browser);
            step4Research(wb, browser);
            step5Journeys(wb, browser);
            step6Plan(wb, browser);
            step7Survey(wb, browser);
            step8Measure(wb, browser);
            linkTheGoalToItsKpi(wb, browser);
            step9Optimise(wb, browser);
            dashboard(browser);
            report(browser);

            // ---- what the server has now, as the browser entered it
            JsonObject strategy = rest.get("/api/strategies/" + ID);
            assertEquals("2026-Q3", strategy.get("currentPeriod").getAsString());
            assertEquals(List.of("goal-1"), ids(rest, "goal"));
            assertEquals(List.of("touchpoint-1", "touchpoint-2"), ids(rest, "touchpoint"));
            assertEquals(List.of("competitor-1"), ids(rest, "competitor"));
            assertEquals(List.of("persona-1"), ids(rest, "persona"));
            assertEquals(List.of("tactic-1"), ids(rest, "tactic"));
            JsonObject tactic = rest.get("/api/strategies/" + ID + "/entities/tactic/tactic-1").getAsJsonObject("item");
            assertEquals(4, tactic.getAsJsonArray("steps").size(), "the chatbot template's four steps: " + tactic);
            JsonObject status = rest.get("/api/strategies/" + ID + "/status");
            Map<Integer, Boolean> complete = new LinkedHashMap<>();
            for (JsonElement step : status.getAsJsonArray("steps")) {
                complete.put(step.getAsJsonObject().get("number").getAsInt(), step.getAsJsonObject().get("complete").getAsBoolean());
            }
            for (int step = 1; step <= 9; step++) {
                assertTrue(complete.get(step), "step " + step + " is complete after filling it in the browser: " + status);
            }

            browser.open("#/s/" + ID);
            browser.awaitText(By.cssSelector("main h1"), "Corner Grocer CX strategy 2027");
            browser.awaitText(By.cssSelector("main .lead"), "9 of 9 steps complete");
            browser.screenshot("overview-after-the-steps");
            browser.assertNoScriptErrors();
        }
    }

    private static void step1Goals(Workbench wb, Browser browser) {
        wb.step(1);
        browser.click(Browser.testId("edit-strategy"));
        browser.visible(Browser.testId("strategy-dialog"));
        browser.fill(Browser.testId("strategy-currentPeriod"), "2026-Q3");
        browser.fill(Browser.testId("strategy-orgName"), "Corner Grocer");
        browser.fill(Browser.testId("strategy-orgIndustry"), "Online grocery");
        browser.click(By.cssSelector("[data-testid='strategy-dialog'] [data-testid='form-submit']"));
        browser.until(d -> !browser.present(Browser.testId("strategy-dialog")), "the strategy dialog to close");
        wb.shows("Corner Grocer");

        browser.fill(Browser.testId("objective-input"), "Make it effortless to reach a person when something goes wrong");
        browser.click(Browser.testId("add-objective"));
        browser.awaitText(Browser.testId("objectives"), "Make it effortless to reach a person");

        wb.add("add-owner", "owner", Map.of("name", "Sanne (CX lead)", "role", "CX lead"));
        wb.row("owner-table", "owner-1");

        browser.click(Browser.testId("add-goal"));
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("name", "Raise our NPS by one full point this quarter");
        goal.put("statement", "Raise our NPS by one full point this quarter");
        goal.put("subjectKind", "kpi");
        goal.put("baseline", "31");
        goal.put("baselinePeriod", "2026-Q2");
        goal.put("targetKind", "absolute-change");
        goal.put("targetChange", "1");
        goal.put("period", "2026-Q3");
        goal.put("dueDate", "2026-09-30");
        goal.put("owner", "owner-1");
        wb.fill("goal", goal);
        // the SMART check follows the form as it is filled in
        browser.visible(By.cssSelector("[data-testid='smart-preview'] li[data-letter='T']"));
        browser.screenshot("step-1-goal-form");
        wb.save("goal");
        wb.row("goal-table", "goal-1");
        browser.visible(By.cssSelector("[data-testid='smart-goal-1'] [data-letter]"));
        browser.screenshot("step-1-filled");
    }

    private static void step2Audit(Workbench wb, Browser browser) {
        wb.step(2);
        wb.add("add-touchpoint", "touchpoint",
                ordered("name", "Mobile app", "channel", "mobile-app", "stage", "purchase", "owner", "owner-1"));
        wb.row("audit-table", "touchpoint-1");
        wb.add("add-touchpoint", "touchpoint", ordered("name", "Web chat", "channel", "web-chat", "stage", "after purchase"));
        wb.row("audit-table", "touchpoint-2");

        browser.click(Browser.testId("touchpoint-details-touchpoint-1"));
        wb.add("add-rating-touchpoint-1", "rating", ordered("period", "2026-Q3", "score", "4.5"));
        browser.awaitText(Browser.testId("rating-table"), "4.5");

        browser.click(Browser.testId("touchpoint-details-touchpoint-2"));
        wb.add("add-rating-touchpoint-2", "rating", ordered("period", "2026-Q3", "score", "2"));
        wb.add("add-note-touchpoint-2", "note",
                ordered("kind", "pain-point", "text", "Customers wait 40 minutes for an agent", "frequency", "12"));
        browser.awaitText(By.cssSelector("[data-testid='note-table']"), "Customers wait 40 minutes for an agent");

        // the audit suggests the SWOT: accept what it proposes (the mobile app rated 4.5 is a strength)
        browser.click(Browser.testId("swot-suggest"));
        browser.visible(Browser.testId("swot-suggestions"));
        browser.screenshot("step-2-swot-suggestions");
        browser.click(Browser.testId("swot-suggest-accept"));
        browser.awaitText(Browser.testId("swot-strength"), "Mobile app");

        wb.add("swot-add-weakness", "swot", ordered("text", "Web chat customers wait too long for an agent",
                "evidenceTouchpoints", List.of("touchpoint-2")));
        browser.awaitText(Browser.testId("swot-weakness"), "Web chat customers wait too long for an agent");
        browser.screenshot("step-2-filled");
    }

    private static void step3Competitors(Workbench wb, Browser browser) {
        wb.step(3);
        wb.add("add-competitor", "competitor",
                ordered("name", "FreshCart", "direct", "true", "website", "https://freshcart.example"));
        wb.row("competitor-table", "competitor-1");
        wb.add("add-keyword", "keyword", ordered("term", "online grocery delivery", "relevanceRank", "1"));
        wb.add("add-keyword", "keyword", ordered("term", "grocery app", "relevanceRank", "2"));
        wb.row("keyword-table", "keyword-2");
        wb.add("add-rank", "rank", ordered("keyword", "keyword-1", "date", "2026-09-15", "position", "3"));
        wb.add("add-rank", "rank", ordered("keyword", "keyword-1", "competitor", "competitor-1", "date", "2026-09-15",
                "position", "1"));
        wb.add("add-rank", "rank", ordered("keyword", "keyword-2", "date", "2026-09-15", "position", "2"));
        browser.awaitText(Browser.testId("rank-matrix"), "online grocery delivery");
        browser.screenshot("step-3-filled");
    }

    private static void step4Research(Workbench wb, Browser browser) {
        wb.step(4);
        wb.add("add-finding", "finding", ordered("competitor", "competitor-1", "kind", "negative-review",
                "text", "Waited 40 minutes to reach a service rep", "date", "2026-08-02"));
        browser.awaitText(Browser.testId("finding-table"), "Waited 40 minutes to reach a service rep");
        browser.click(Browser.testId("swot-competitor-competitor-1"));
        wb.add("competitor-swot-add-weakness", "swot", ordered("text", "Customers wait a long time to reach a service rep"));
        browser.awaitText(Browser.testId("competitor-swot-weakness"), "Customers wait a long time to reach a service rep");
        wb.add("add-opportunity", "opportunity", ordered("name", "Chatbot with call-back from an agent",
                "source", "competitor-gap"));
        browser.awaitText(Browser.testId("opportunity-table"), "Chatbot with call-back from an agent");
        browser.screenshot("step-4-filled");
    }

    private static void step5Journeys(Workbench wb, Browser browser) {
        wb.step(5);
        wb.add("add-persona", "persona", ordered("name", "Busy parents", "needs", List.of("Quick weeknight dinners"),
                "preferredChannels", List.of("mobile-app")));
        browser.visible(Browser.testId("persona-persona-1"));
        wb.add("add-journey", "journey", ordered("name", "Weekly grocery order", "persona", "persona-1"));
        browser.click(Browser.testId("journey-template-purchase"));
        browser.visible(Browser.testId("journey-map"));
        browser.visible(Browser.testId("add-pain-journey-stage-3"));
        wb.add("add-pain-journey-stage-3", "pain", ordered("text", "Long wait to reach an agent about a missing item",
                "severity", "4", "touchpoint", "touchpoint-2"));
        wb.add("add-delight-journey-stage-2", "delight",
                ordered("text", "Kid-friendly recipe pop-up before checkout", "touchpoint", "touchpoint-1"));
        browser.awaitText(Browser.testId("journey-map"), "Kid-friendly recipe pop-up before checkout");
        browser.awaitText(Browser.testId("journey-map"), "Long wait to reach an agent about a missing item");
        String[][] stages = { { "journey-stage-1", "touchpoint-1", "0" }, { "journey-stage-2", "touchpoint-1", "1" },
            { "journey-stage-3", "touchpoint-2", "-1" } };
        for (String[] stage : stages) {
            wb.add("edit-stage-" + stage[0], "stage", ordered("touchpoints", List.of(stage[1]), "emotionScore", stage[2]));
        }
        browser.awaitText(Browser.testId("journey-map"), "Web chat");
        browser.screenshot("step-5-filled");
    }

    private static void step6Plan(Workbench wb, Browser browser) {
        wb.step(6);
        wb.add("add-tactic", "tactic", ordered("name", "Launch a customer-service chatbot", "goals", List.of("goal-1"),
                "owner", "owner-1", "startDate", "2026-07-06", "status", "in-progress"));
        browser.visible(Browser.testId("tactic-tactic-1"));
        browser.click(Browser.testId("tactic-template-tactic-1"));
        browser.visible(Browser.testId("template-dialog"));
        browser.select(Browser.testId("template-owner"), "owner-1");
        browser.fill(Browser.testId("template-start"), "2026-07-06");
        browser.click(Browser.testId("template-apply"));
        browser.until(d -> d.findElements(By.cssSelector("[data-testid='steps-tactic-1'] tr[data-id]")).size() == 4,
                "the four steps of the chatbot template");
        browser.visible(Browser.testId("plan-timeline"));
        browser.screenshot("step-6-filled");
    }

    private static void step7Survey(Workbench wb, Browser browser) {
        wb.step(7);
        Path export = served.folder().resolve("survey-2026.csv");
        browser.visible(Browser.id("survey-upload-file")).sendKeys(export.toString());
        browser.click(Browser.testId("survey-upload-button"));
        browser.visible(Browser.testId("import-form"));
        browser.screenshot("step-7-columns");
        // ResponseId,EndDate,Touchpoint,Region,Q_NPS,Q_CSAT,Q_CES,Comment: the roles a team would choose
        String[] roles = { "id", "date", "segment", "segment", "kpi:NPS", "kpi:CSAT", "kpi:CES", "" };
        for (int i = 0; i < roles.length; i++) {
            browser.select(Browser.testId("import-role-" + i), roles[i]);
        }
        browser.fill(Browser.testId("import-survey"), "Quarterly relationship survey");
        browser.click(Browser.testId("import-start"));
        String result = browser.awaitText(Browser.testId("import-result"), "Quarterly relationship survey");
        browser.visible(Browser.testId("import-no-rejects"));
        browser.screenshot("step-7-imported");
        assertTrue(result.contains("601"), "all 601 responses of the export are imported: " + result);
        browser.awaitText(Browser.testId("survey-table"), "Quarterly relationship survey");
    }

    private static void step8Measure(Workbench wb, Browser browser) {
        wb.step(8);
        // the NPS of 2026-Q3 from the imported answers (examples/acme/README.md: 32.32)
        browser.awaitText(Browser.testId("kpi-values-table"), "32.3");
        browser.fill(Browser.id("customers-period"), "2026-Q3");
        browser.fill(Browser.id("customers-start"), "470");
        browser.fill(Browser.id("customers-end"), "480");
        browser.fill(Browser.id("customers-new"), "55");
        browser.fill(Browser.id("customers-churned"), "45");
        browser.click(Browser.testId("customers-save"));
        browser.until(d -> !browser.text(Browser.testId("customers-result")).isBlank(), "the customer counts saved");
        browser.screenshot("step-8-filled");
    }

    /** With KPI definitions in the strategy (from the import), the goal of step 1 names the one it is about. */
    private static void linkTheGoalToItsKpi(Workbench wb, Browser browser) {
        wb.step(1);
        browser.click(Browser.testId("edit-goal-goal-1"));
        browser.visible(Workbench.form("goal"));
        String nps = String.valueOf(browser.script("const o = [...document.querySelectorAll("
                + "\"[data-testid='goal-form'] select[data-field='kpi'] option\")].find(o => /^NPS\\b/.test(o.textContent));"
                + "return o ? o.value : null;"));
        assertTrue(nps.startsWith("kpi-"), "the KPI select offers the NPS definition: " + browser.text(Workbench.form("goal")));
        wb.fill("goal", Map.of("kpi", nps));
        browser.visible(By.cssSelector("[data-testid='smart-preview'] li[data-letter='M'][data-passed='true']"));
        wb.save("goal");
        browser.visible(By.cssSelector("[data-testid='smart-goal-1'] [data-letter='M'][data-passed='true']"));
        browser.screenshot("step-1-goal-with-kpi");
    }

    private static void dashboard(Browser browser) {
        browser.open("#/s/" + ID + "/dashboard?period=2026-Q3");
        String nps = browser.awaitText(Browser.testId("kpi-card-NPS"), "32.3");
        browser.visible(Browser.testId("kpi-card-CSAT"));
        browser.visible(Browser.testId("dashboard-trends"));
        browser.visible(Browser.testId("nps-distribution"));
        browser.visible(Browser.testId("nps-histogram"));
        browser.screenshot("dashboard");
        browser.assertNoScriptErrors();
        assertTrue(nps.contains("NPS"), nps);
        browser.select(Browser.testId("dashboard-dimension"), "touchpoint");
        browser.awaitPage();
        browser.awaitText(Browser.testId("segment-table"), "Mobile app");
        browser.screenshot("dashboard-by-touchpoint");
    }

    private static void report(Browser browser) throws Exception {
        browser.open("#/s/" + ID + "/report");
        browser.visible(Browser.testId("report-form"));
        browser.fill(Browser.testId("report-period"), "2026-Q3");
        for (String format : new String[] { "xlsx", "pdf" }) {
            if (!browser.visible(Browser.testId("report-format-" + format)).isSelected()) {
                browser.click(Browser.testId("report-format-" + format));
            }
        }
        browser.screenshot("report");
        browser.click(Browser.testId("report-generate"));
        browser.visible(Browser.testId("report-download-xlsx"));
        browser.visible(Browser.testId("report-download-pdf"));
        browser.screenshot("report-generated");

        browser.click(Browser.testId("report-download-xlsx"));
        Path xlsx = browser.awaitDownload(".xlsx");
        browser.click(Browser.testId("report-download-pdf"));
        Path pdf = browser.awaitDownload(".pdf");
        Reports.checkWorkbook(xlsx, "Corner Grocer");
        Reports.checkPdf(pdf);
        browser.assertNoScriptErrors();
    }

    private static void step9Optimise(Workbench wb, Browser browser) {
        wb.step(9);
        // the alerts of the period (the chatbot's overdue steps) become backlog items
        browser.visible(Browser.testId("optimise-alerts"));
        browser.click(Browser.testId("optimise-accept"));
        browser.until(d -> !d.findElements(By.cssSelector("[data-testid='backlog-table'] tr[data-id]")).isEmpty(),
                "backlog items from the accepted proposals");
        wb.add("add-review", "review", ordered("period", "2026-Q3", "date", "2026-09-16",
                "inputs", List.of("Survey of 2026-Q3"), "findings", List.of("Chat waits are still too long"),
                "decisions", List.of("Launch the chatbot for all visitors"), "participants", List.of("Sanne", "Marco")));
        browser.awaitText(By.tagName("main"), "Launch the chatbot for all visitors");
        browser.screenshot("step-9-filled");
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<String> ids(Rest rest, String noun) throws Exception {
        JsonArray items = rest.get("/api/strategies/" + ID + "/entities/" + noun).getAsJsonArray("items");
        return items.asList().stream().map(i -> i.getAsJsonObject().get("id").getAsString()).toList();
    }
}
