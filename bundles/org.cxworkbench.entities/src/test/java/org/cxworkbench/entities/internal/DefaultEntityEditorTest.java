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
    void movesAGoalUnderAnotherParentToTheTopLevelAndAmongItsSiblings() throws Exception {
        for (String name : new String[] { "Raise NPS", "Cut churn", "Answer faster" }) {
            editor.add(strategy, "goal", Map.of(), Map.of("name", List.of(name)));
        }
        editor.add(strategy, "goal", Map.of("parent", "goal-1"), Map.of("name", List.of("Fix delivery")));
        editor.add(strategy, "goal", Map.of("parent", "goal-4"), Map.of("name", List.of("Track parcels")));
        Goal fixDelivery = strategy.getGoals().get(0).getChildren().get(0);

        Map<String, Object> moved = editor.move(strategy, "goal", "goal-4", Map.of("parent", "goal-2"), null);

        assertEquals("goal-4", moved.get("id"), "the id stays");
        assertEquals(List.of(fixDelivery), strategy.getGoals().get(1).getChildren());
        assertEquals("goal-2", fixDelivery.getParent().getId(), "the opposite reference follows");
        assertEquals("goal-5", fixDelivery.getChildren().get(0).getId(), "what it contains moves with it");
        assertTrue(strategy.getGoals().get(0).getChildren().isEmpty());

        editor.move(strategy, "goal", "goal-4", Map.of(), 1);
        assertEquals(List.of("goal-4", "goal-1", "goal-2", "goal-3"),
                strategy.getGoals().stream().map(Goal::getId).toList());
        assertEquals(null, fixDelivery.getParent(), "a top-level goal has no parent");

        editor.move(strategy, "goal", "goal-4", null, 4);
        assertEquals(List.of("goal-1", "goal-2", "goal-3", "goal-4"),
                strategy.getGoals().stream().map(Goal::getId).toList(), "null keeps the parent; 4 is the last place");
    }

    @Test
    void aMoveIntoItselfOrToNoPlaceIsRefusedAndChangesNothing() throws Exception {
        editor.add(strategy, "goal", Map.of(), Map.of("name", List.of("Raise NPS")));
        editor.add(strategy, "goal", Map.of("parent", "goal-1"), Map.of("name", List.of("Fix delivery")));

        EntityException inside = assertThrows(EntityException.class,
                () -> editor.move(strategy, "goal", "goal-1", Map.of("parent", "goal-2"), null));
        assertEquals("goal move: goal-1 cannot go under goal-2, which is inside it", inside.getMessage());
        EntityException itself = assertThrows(EntityException.class,
                () -> editor.move(strategy, "goal", "goal-1", Map.of("parent", "goal-1"), null));
        assertTrue(itself.getMessage().endsWith("which is itself"), itself.getMessage());
        EntityException place = assertThrows(EntityException.class,
                () -> editor.move(strategy, "goal", "goal-1", null, 3));
        assertEquals("goal move: position 3 is not a place there; give 1", place.getMessage());
        EntityException zero = assertThrows(EntityException.class,
                () -> editor.move(strategy, "goal", "goal-2", Map.of(), 0));
        assertEquals("goal move: position 0 is not a place there; give 1 to 2", zero.getMessage());
        EntityException notAParent = assertThrows(EntityException.class,
                () -> editor.move(strategy, "goal", "goal-2", Map.of("journey", "journey-1"), null));
        assertTrue(notAParent.getMessage().contains("'journey' is not a parent of a goal; use parent"),
                notAParent.getMessage());
        EntityException unknownParent = assertThrows(EntityException.class,
                () -> editor.move(strategy, "goal", "goal-2", Map.of("parent", "goal-7"), null));
        assertEquals(EntityException.Reason.INVALID, unknownParent.reason());
        EntityException noTopLevel = assertThrows(EntityException.class,
                () -> editor.move(strategy, "kpi-def", "NPS", Map.of(), null));
        assertEquals(EntityException.Reason.NOT_FOUND, noTopLevel.reason(), "kpi definitions are found by id");

        assertEquals(1, strategy.getGoals().size());
        assertEquals("goal-2", strategy.getGoals().get(0).getChildren().get(0).getId());
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
