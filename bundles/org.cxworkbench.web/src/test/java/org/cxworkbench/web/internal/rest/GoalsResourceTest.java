package org.cxworkbench.web.internal.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.entity.EntityEditor;
import org.cxworkbench.api.entity.EntityException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.KpiKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SubjectKind;
import org.cxworkbench.model.TargetKind;
import org.cxworkbench.testing.EntityEngine;
import org.cxworkbench.testing.TestStore;
import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.ApiResource.Route;
import org.cxworkbench.web.internal.workspace.StrategyDocument;
import org.cxworkbench.web.internal.WebFixtures;
import org.cxworkbench.web.internal.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The goal tree and the live SMART preview of step 1, with the real strategy store, entity editor (goal and owner
 * kinds) and SMART checker, on the articles' goals: "raise our NPS by one full point this quarter" with the sub-goal
 * "cut the time to resolve an issue by 20 %".
 */
class GoalsResourceTest {

    private static final CxStrategyFactory F = CxStrategyFactory.eINSTANCE;

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private GoalsResource resource;
    private StrategyDocument document;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        file = dir.resolve("acme.cxs");
        store.saveAs(strategy(), file);
        Workspace workspace = WebFixtures.workspace(dir, store);
        resource = new GoalsResource(workspace, editor(store), new org.cxworkbench.goals.internal.SmartGoalTracker());
        document = workspace.document("acme");
    }

    @Test
    void theGoalTreeHasEveryGoalWithItsSmartLettersAndProgress() throws Exception {
        Map<String, Object> answer = resource.goals(document, null);

        assertEquals(1L, answer.get("version"));
        assertEquals("2026-Q3", answer.get("period"), "the strategy's current period by default");
        assertEquals(List.of("Keep busy parents ordering groceries with us every week"), answer.get("objectives"));
        Map<String, Object> strategy = map(answer.get("strategy"));
        assertEquals("Acme groceries CX strategy 2026", strategy.get("name"));
        assertEquals("2026-Q3", strategy.get("currentPeriod"));
        assertEquals(Map.of(), strategy.get("organisation"), "no organisation yet");
        List<Map<String, Object>> top = list(answer.get("goals"));
        assertEquals(List.of("goal-1", "goal-3"), top.stream().map(g -> g.get("id")).toList(), "top-level goals only");
        Map<String, Object> nps = top.get(0);
        assertEquals(0, nps.get("depth"));
        assertEquals(Map.of("id", "kpi-nps", "label", "NPS"), nps.get("kpi"));
        assertEquals("Raise our NPS score by one full point this quarter", map(nps.get("values")).get("statement"));
        assertFalse(map(nps.get("values")).containsKey("children"), "children are in the tree, not in the values");
        assertEquals(List.of("S", "M", "A", "R", "T"), list(nps.get("smart")).stream().map(l -> l.get("letter")).toList());
        assertEquals(true, nps.get("smartPassed"), String.valueOf(nps.get("smart")));

        List<Map<String, Object>> children = list(nps.get("children"));
        assertEquals(1, children.size());
        Map<String, Object> ttr = children.get(0);
        assertEquals("goal-2", ttr.get("id"));
        assertEquals(1, ttr.get("depth"));
        assertEquals(Map.of("id", "owner-1", "label", "Customer care"), ttr.get("owner"));
        assertEquals(true, ttr.get("smartPassed"), String.valueOf(ttr.get("smart")));
        Map<String, Object> progress = map(ttr.get("progress"));
        assertEquals(30.0, progress.get("baseline"));
        assertEquals(24.0, (Double) progress.get("target"), 1e-9, "20 % less than 30 hours");
        assertNull(progress.get("measured"), "nothing is measured in this strategy");
        assertEquals("UNKNOWN", progress.get("status"));
        assertTrue(String.valueOf(progress.get("explanation")).length() > 10, String.valueOf(progress.get("explanation")));

        Map<String, Object> vague = top.get(1);
        assertEquals(false, vague.get("smartPassed"));
        Map<String, Object> measurable = list(vague.get("smart")).get(1);
        assertEquals("M", measurable.get("letter"));
        assertEquals("Measurable", measurable.get("label"));
        assertEquals(false, measurable.get("passed"));
        assertTrue(String.valueOf(measurable.get("reason")).contains("baseline"), String.valueOf(measurable.get("reason")));
        assertEquals(List.of(), vague.get("children"));
    }

    @Test
    void aPeriodThatIsNoPeriodIsRefused() {
        ApiError error = assertThrows(ApiError.class, () -> resource.goals(document, "Q3 2026"));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("Q3 2026"), error.getMessage());
    }

    @Test
    void thePreviewChecksANewGoalWithoutSavingIt() throws Exception {
        byte[] before = Files.readAllBytes(file);
        Map<String, Object> answer = resource.preview(document, body("""
                {"values": {"name": "Answer the phone faster", "kpi": "NPS", "baseline": 31, "targetChange": "1",
                            "period": "2026-Q3", "targetKind": "absolute-change"},
                 "parent": {"parent": "goal-1"}}"""));

        assertNull(answer.get("refused"));
        assertEquals(true, answer.get("smartPassed"), String.valueOf(answer.get("smart")));
        assertEquals(1L, answer.get("checkedVersion"));
        assertNull(answer.get("version"), "a preview is not a write the client tracks");
        assertArrayEquals(before, Files.readAllBytes(file), "the file is not touched");
        assertEquals(1L, document.version(), "no new version");
        Map<String, Object> tree = resource.goals(document, null);
        assertEquals(1, list(list(tree.get("goals")).get(0).get("children")).size(), "the goal was not added");
        assertEquals(2, list(tree.get("goals")).size());
    }

    @Test
    void thePreviewShowsWhichLettersAHalfWrittenGoalMisses() throws Exception {
        Map<String, Object> empty = resource.preview(document, body("{\"values\": {}}"));
        assertNull(empty.get("refused"), "a goal without a name can still be checked while it is typed");
        List<Map<String, Object>> letters = list(empty.get("smart"));
        assertEquals(5, letters.size());
        assertEquals(List.of(false, false, false, true, false), letters.stream().map(l -> l.get("passed")).toList(),
                "only R passes: a top-level goal serves the strategy's objective; " + letters);

        Map<String, Object> typed = resource.preview(document, body("""
                {"values": {"name": "Raise NPS", "kpi": "NPS", "baseline": "", "targetChange": "", "period": "2026-Q3"}}"""));
        List<Map<String, Object>> smart = list(typed.get("smart"));
        assertEquals(true, smart.get(0).get("passed"), "S: it names the KPI");
        assertEquals(false, smart.get(1).get("passed"), "M: no baseline yet");
        assertEquals(true, smart.get(3).get("passed"), "R: a top-level goal serving the objective");
        assertEquals(true, smart.get(4).get("passed"), "T: it has a period");
    }

    @Test
    void aSubGoalIsRelevantThroughItsParentAndATopLevelGoalNeedsAnObjective() throws Exception {
        String values = "\"values\": {\"name\": \"Raise NPS\", \"kpi\": \"NPS\", \"baseline\": 31, \"targetChange\": 1, "
                + "\"period\": \"2026-Q3\"}";
        Map<String, Object> child = resource.preview(document, body("{" + values + ", \"parent\": {\"parent\": \"goal-1\"}}"));
        Map<String, Object> relevant = list(child.get("smart")).get(3);
        assertEquals(true, relevant.get("passed"));
        assertTrue(String.valueOf(relevant.get("reason")).contains("goal-1"), String.valueOf(relevant.get("reason")));

        document.write(1, "test", "removed the objective", s -> s.getObjectives().remove(0));
        Map<String, Object> top = resource.preview(document, body("{" + values + "}"));
        Map<String, Object> notRelevant = list(top.get("smart")).get(3);
        assertEquals(false, notRelevant.get("passed"), "no objective to serve: " + notRelevant);
        assertEquals(2L, top.get("checkedVersion"));
    }

    @Test
    void aValueTheEditorRefusesIsReportedNotThrown() throws Exception {
        Map<String, Object> answer = resource.preview(document, body("""
                {"values": {"name": "Raise NPS", "kpi": "NPS", "baseline": "thirty"}}"""));
        String refused = String.valueOf(answer.get("refused"));
        assertTrue(refused.contains("baseline") && refused.contains("thirty"), refused);
        assertEquals(List.of(), answer.get("smart"));
        assertEquals(false, answer.get("smartPassed"));

        Map<String, Object> kpi = resource.preview(document, body("{\"values\": {\"name\": \"X\", \"kpi\": \"NOPE\"}}"));
        assertTrue(String.valueOf(kpi.get("refused")).contains("NOPE"), String.valueOf(kpi.get("refused")));
    }

    @Test
    void thePreviewOfAChangeChecksTheChangedCopyOfTheGoal() throws Exception {
        Map<String, Object> tooMuch = resource.preview(document, body("""
                {"goal": "goal-1", "values": {"targetChange": 60}}"""));
        List<Map<String, Object>> letters = list(tooMuch.get("smart"));
        assertEquals(false, letters.get(2).get("passed"), "A: +60 NPS points is not achievable: " + letters.get(2));
        assertEquals(true, letters.get(0).get("passed"));

        Map<String, Object> cleared = resource.preview(document, body("""
                {"goal": "goal-1", "values": {"period": []}, "clear": ["dueDate"]}"""));
        Map<String, Object> timeBound = list(cleared.get("smart")).get(4);
        assertEquals(false, timeBound.get("passed"), "T fails once the period is cleared: " + timeBound);

        Map<String, Object> saved = list(resource.goals(document, null).get("goals")).get(0);
        assertEquals(true, saved.get("smartPassed"), "the saved goal is unchanged");
        assertEquals(1.0, map(saved.get("values")).get("targetChange"));
    }

    @Test
    void aPreviewOfAGoalThatDoesNotExistIsNotFound() {
        EntityException error = assertThrows(EntityException.class,
                () -> resource.preview(document, body("{\"goal\": \"goal-99\", \"values\": {\"baseline\": 3}}")));
        assertEquals(EntityException.Reason.NOT_FOUND, error.reason());
        assertTrue(error.getMessage().contains("goal-99"), error.getMessage());
    }

    @Test
    void theRoutesAreTheGoalTreeAndThePreview() {
        List<Route> routes = resource.routes();
        assertEquals(List.of("GET /strategies/{id}/goals", "POST /strategies/{id}/goals/smart-preview"),
                routes.stream().map(r -> r.method() + " " + r.path()).toList());
    }

    // ---- fixtures

    private static Strategy strategy() {
        Strategy s = F.createStrategy();
        s.setName("Acme groceries CX strategy 2026");
        s.setCurrentPeriod("2026-Q3");
        s.getObjectives().add("Keep busy parents ordering groceries with us every week");
        KpiDefinition nps = kpi("NPS", KpiKind.NPS, "points", true);
        KpiDefinition ttr = kpi("RESOLUTION_TIME", KpiKind.RESOLUTION_TIME, "hours", false);
        s.getKpiDefinitions().add(nps);
        s.getKpiDefinitions().add(ttr);
        var care = F.createOwner();
        care.setId("owner-1");
        care.setName("Customer care");
        s.getOwners().add(care);

        Goal raise = goal("goal-1", "Raise NPS", nps, 41, TargetKind.ABSOLUTE_CHANGE, 1);
        raise.setStatement("Raise our NPS score by one full point this quarter");
        s.getGoals().add(raise);
        Goal faster = goal("goal-2", "Cut time to resolve", ttr, 30, TargetKind.RELATIVE_CHANGE, -20);
        faster.setOwner(care);
        raise.getChildren().add(faster);
        Goal vague = F.createGoal();
        vague.setId("goal-3");
        vague.setName("Happier customers");
        vague.setKpi(nps);
        vague.setSubjectKind(SubjectKind.KPI);
        s.getGoals().add(vague);
        return s;
    }

    private static KpiDefinition kpi(String code, KpiKind kind, String unit, boolean higherIsBetter) {
        KpiDefinition k = F.createKpiDefinition();
        k.setId("kpi-" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        k.setCode(code);
        k.setName(code);
        k.setKind(kind);
        k.setUnit(unit);
        k.setHigherIsBetter(higherIsBetter);
        k.setVersion(1);
        return k;
    }

    private static Goal goal(String id, String name, KpiDefinition kpi, double baseline, TargetKind kind, double change) {
        Goal g = F.createGoal();
        g.setId(id);
        g.setName(name);
        g.setKpi(kpi);
        g.setSubjectKind(SubjectKind.KPI);
        g.setBaseline(baseline);
        g.setBaselinePeriod("2026-Q2");
        g.setTargetKind(kind);
        g.setTargetChange(change);
        g.setPeriod("2026-Q3");
        return g;
    }

    /** The entities bundle's editor with the goals bundle's goal and owner kinds, as DS wires them. */
    static EntityEditor editor(StrategyStore store) throws Exception {
        return EntityEngine.editor(store, new org.cxworkbench.goals.internal.GoalKind(),
                new org.cxworkbench.goals.internal.OwnerKind());
    }

    private static JsonObject body(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
