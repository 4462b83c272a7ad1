package org.cxworkbench.entities.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.api.entity.EntityException;
import org.cxworkbench.api.entity.FieldDescription;
import org.cxworkbench.api.entity.KindDescription;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Goal;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EntityEditor service: the command engine with values by field name, changes in memory only. */
class DefaultEntityEditorTest {

    private static final CxStrategyPackage P = CxStrategyPackage.eINSTANCE;

    @TempDir
    Path dir;

    private final StrategyStore store = TestStore.create();
    private final DefaultEntityEditor editor = new DefaultEntityEditor(store, TestKinds.guard());
    private Strategy strategy;

    @BeforeEach
    void setUp() throws Exception {
        strategy = store.create(dir.resolve("s.cxs"), "Test strategy");
        KpiDefinition nps = CxStrategyFactory.eINSTANCE.createKpiDefinition();
        nps.setCode("NPS");
        nps.setName("Net Promoter Score");
        strategy.getKpiDefinitions().add(nps);
        editor.addKind(TestKinds.kind("goal", P.getGoal(), P.getStrategy_Goals(),
                Map.of("--parent", P.getGoal_Children()), List.of(P.getNamed_Name())));
        editor.addKind(TestKinds.kind("kpi-def", P.getKpiDefinition(), P.getStrategy_KpiDefinitions(), Map.of(),
                List.of(P.getKpiDefinition_Code())));
    }

    @Test
    void addsUpdatesAndRemovesByFieldName() throws Exception {
        Map<String, Object> top = editor.add(strategy, "goal", Map.of(), Map.of("name", List.of("Raise NPS"),
                "kpi", List.of("NPS"), "baseline", List.of("31")));
        assertEquals("goal-1", top.get("id"));
        assertEquals("NPS", strategy.getGoals().get(0).getKpi().getCode());
        Map<String, Object> child = editor.add(strategy, "goal", Map.of("parent", "goal-1"),
                Map.of("name", List.of("Resolve faster")));
        assertEquals("goal-2", child.get("id"));
        assertEquals(1, strategy.getGoals().get(0).getChildren().size());

        editor.update(strategy, "goal", "goal-1", Map.of("baseline", List.of("32.5")), Set.of("kpi"));
        Goal goal = strategy.getGoals().get(0);
        assertEquals(32.5, goal.getBaseline());
        assertEquals(null, goal.getKpi());

        List<String> cleared = editor.remove(strategy, "goal", "goal-2");
        assertTrue(cleared.isEmpty(), cleared.toString());
        assertTrue(goal.getChildren().isEmpty());
        assertEquals(1, editor.list(strategy, "goal").size());
    }

    @Test
    void refusalsNameTheFieldAsTheWebCallsIt() {
        EntityException bad = assertThrows(EntityException.class, () -> editor.add(strategy, "goal", Map.of(),
                Map.of("name", List.of("x"), "baseline", List.of("a lot"))));
        assertEquals(EntityException.Reason.INVALID, bad.reason());
        assertTrue(bad.getMessage().startsWith("baseline: 'a lot' is not a number"), bad.getMessage());

        EntityException missing = assertThrows(EntityException.class, () -> editor.add(strategy, "goal", Map.of(),
                Map.of("baseline", List.of("3"))));
        assertEquals("goal add: name is required", missing.getMessage());

        EntityException typo = assertThrows(EntityException.class, () -> editor.add(strategy, "goal", Map.of(),
                Map.of("nmae", List.of("x"))));
        assertTrue(typo.getMessage().contains("'nmae' is not a field"), typo.getMessage());

        EntityException unknown = assertThrows(EntityException.class, () -> editor.show(strategy, "goal", "goal-9"));
        assertEquals(EntityException.Reason.NOT_FOUND, unknown.reason());
        assertEquals(EntityException.Reason.UNKNOWN_KIND,
                assertThrows(EntityException.class, () -> editor.list(strategy, "gaol")).reason());
    }

    @Test
    void describesKindsForForms() {
        KindDescription goal = editor.kinds().stream().filter(k -> k.noun().equals("goal")).findFirst().orElseThrow();
        assertEquals("Goal", goal.type());
        assertEquals(Map.of("parent", "goal"), goal.parents());
        FieldDescription kpi = goal.fields().stream().filter(f -> f.name().equals("kpi")).findFirst().orElseThrow();
        assertEquals("reference", kpi.valueType());
        assertEquals("kpi-def", kpi.referenceNoun());
        FieldDescription targetKind = goal.fields().stream().filter(f -> f.name().equals("targetKind")).findFirst()
                .orElseThrow();
        assertEquals("choice", targetKind.valueType());
        assertTrue(targetKind.choices().contains("absolute-change"), targetKind.choices().toString());
        FieldDescription name = goal.fields().stream().filter(f -> f.name().equals("name")).findFirst().orElseThrow();
        assertTrue(name.required());
    }

    @Test
    void aKindThatHangsIsNotTheUsersFaultAndLeavesTheStrategyUsable() throws Exception {
        KindGuard guard = new KindGuard(java.time.Duration.ofMillis(200), null);
        DefaultEntityEditor guarded = new DefaultEntityEditor(store, guard);
        guarded.addKind(TestKinds.kind("keyword", P.getKeyword(), P.getStrategy_Keywords(), Map.of(),
                List.of(P.getKeyword_Term()), element -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait(); // busy, as a plugin stuck in a loop
                    }
                }));
        guarded.addKind(TestKinds.kind("kpi-def", P.getKpiDefinition(), P.getStrategy_KpiDefinitions(), Map.of(),
                List.of(P.getKpiDefinition_Code())));

        IllegalStateException hung = assertThrows(IllegalStateException.class, () -> guarded.add(strategy, "keyword",
                Map.of(), Map.of("term", List.of("grocery app"))));

        assertTrue(hung.getMessage().contains("did not answer within 0.2 s in afterChange"), hung.getMessage());
        Map<String, Object> csat = guarded.add(strategy, "kpi-def", Map.of(), Map.of("code", List.of("CSAT"),
                "name", List.of("Customer satisfaction")));
        assertEquals("CSAT", csat.get("code"));
    }
}
