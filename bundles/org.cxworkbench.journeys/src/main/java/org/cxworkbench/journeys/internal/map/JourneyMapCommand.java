package org.cxworkbench.journeys.internal.map;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.journeys.internal.links.PainPointTactics;
import org.cxworkbench.journeys.internal.template.JourneyLookup;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.MomentOfDelight;
import org.cxworkbench.model.PainPoint;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.Tactic;
import org.cxworkbench.model.Touchpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw journey-map FILE [JOURNEY_ID] [--json]}: the journey map with stages across (actions,
 * touchpoints, emotion score, pain points, moments of delight) and an emotion curve; all journeys when no
 * journey is named.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "journey-map", summary = "Prints a customer journey map: stages, touchpoints, emotion curve, pain points, delights",
        group = "steps")
public final class JourneyMapCommand implements CxwCommand {

    private static final String JOURNEY = "JOURNEY_ID";
    private static final int LABEL_WIDTH = 12;
    private static final int COLUMN_WIDTH = 22;

    private final StrategyStore store;

    @Activate
    public JourneyMapCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("journey-map", "Step 5: prints the customer journey map of one journey (or of every "
                + "journey): the persona, then the stages across with the persona's actions, the touchpoints, the "
                + "emotion score (-2 very negative .. +2 very positive) drawn as a curve, the pain points (with the "
                + "tactics that address them) and the moments of delight.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .optionalArg(JOURNEY, "the journey's id (or its name when unique); all journeys when left out")
                .example("cxw journey-map acme.cxs journey-1")
                .example("cxw journey-map acme.cxs --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String file = context.requiredArg(StrategyFiles.FILE);
        Strategy strategy = StrategyFiles.load(store, context);
        List<Journey> journeys = context.arg(JOURNEY).isPresent()
                ? List.of(JourneyLookup.find(strategy, context.arg(JOURNEY).get(), file))
                : List.copyOf(strategy.getJourneys());
        if (context.json()) {
            context.printJson(Map.of("journeys", journeys.stream().map(j -> json(strategy, j)).toList()));
            return OK;
        }
        PrintWriter out = context.out();
        if (journeys.isEmpty()) {
            out.println(file + " has no customer journey yet: cxw journey add " + file + " --name NAME --persona ID");
            return OK;
        }
        for (Journey journey : journeys) {
            print(strategy, journey, file, out);
        }
        return OK;
    }

    private static void print(Strategy strategy, Journey journey, String file, PrintWriter out) {
        out.printf("Journey %s '%s'%s%n", journey.getId(), journey.getName(),
                journey.getPersona() == null ? " (no persona)" : " of persona '" + journey.getPersona().getName() + "'");
        if (journey.getStages().isEmpty()) {
            out.println("  no stages yet: cxw journey-template " + file + " " + journey.getId() + " --template purchase|five-e");
            out.println();
            return;
        }
        List<JourneyStage> stages = journey.getStages();
        StageGrid grid = new StageGrid(stages.stream().map(JourneyStage::getName).toList(), LABEL_WIDTH, COLUMN_WIDTH);
        grid.row("Actions", cells(stages, JourneyStage::getActions));
        grid.row("Goals", cells(stages, JourneyStage::getCustomerGoals));
        grid.row("Touchpoints", cells(stages, s -> s.getTouchpoints().stream().map(JourneyMapCommand::touchpoint).toList()));
        grid.row("Emotion", cells(stages, s -> List.of(s.isSetEmotionScore() ? EmotionScale.format(s.getEmotionScore()) : "not rated")));
        grid.row("Pain points", cells(stages, s -> s.getPainPoints().stream().map(p -> pain(strategy, p)).toList()));
        grid.row("Delights", cells(stages, s -> s.getDelights().stream().map(MomentOfDelight::getText).toList()));
        grid.print(out);
        EmotionCurve.lines(stages.stream().map(s -> s.isSetEmotionScore() ? s.getEmotionScore() : null).toList(),
                LABEL_WIDTH, COLUMN_WIDTH).forEach(out::println);
        out.println();
    }

    private static List<List<String>> cells(List<JourneyStage> stages, Function<JourneyStage, List<String>> items) {
        List<List<String>> cells = new ArrayList<>();
        for (JourneyStage stage : stages) {
            List<String> values = items.apply(stage).stream().filter(v -> v != null && !v.isBlank()).toList();
            cells.add(values.isEmpty() ? List.of("-") : values);
        }
        return cells;
    }

    private static String touchpoint(Touchpoint touchpoint) {
        return touchpoint.getName() + " (" + touchpoint.getChannel().getLiteral().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    private static String pain(Strategy strategy, PainPoint pain) {
        List<Tactic> tactics = PainPointTactics.of(strategy, pain);
        return pain.getText() + (pain.isSetSeverity() ? " [severity " + pain.getSeverity() + "]" : "")
                + (tactics.isEmpty() ? " [no tactic]" : " [tactic: " + String.join(", ", tactics.stream().map(Tactic::getName).toList()) + "]");
    }

    private static Map<String, Object> json(Strategy strategy, Journey journey) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", journey.getId());
        json.put("name", journey.getName());
        json.put("persona", journey.getPersona() == null ? null : reference(journey.getPersona().getId(), journey.getPersona().getName()));
        json.put("template", journey.getTemplate());
        List<Object> stages = new ArrayList<>();
        for (JourneyStage stage : journey.getStages()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", stage.getId());
            s.put("name", stage.getName());
            s.put("actions", List.copyOf(stage.getActions()));
            s.put("customerGoals", List.copyOf(stage.getCustomerGoals()));
            s.put("touchpoints", stage.getTouchpoints().stream().map(t -> {
                Map<String, Object> touchpoint = reference(t.getId(), t.getName());
                touchpoint.put("channel", t.getChannel().getLiteral());
                return touchpoint;
            }).toList());
            s.put("emotionScore", stage.isSetEmotionScore() ? stage.getEmotionScore() : null);
            s.put("thoughts", stage.getThoughts());
            s.put("feelings", stage.getFeelings());
            List<Object> pains = new ArrayList<>();
            for (PainPoint pain : stage.getPainPoints()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", pain.getId());
                p.put("text", pain.getText());
                p.put("severity", pain.isSetSeverity() ? pain.getSeverity() : null);
                p.put("tactics", PainPointTactics.of(strategy, pain).stream().map(Tactic::getId).toList());
                pains.add(p);
            }
            s.put("painPoints", pains);
            List<Object> delights = new ArrayList<>();
            for (MomentOfDelight delight : stage.getDelights()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("id", delight.getId());
                d.put("text", delight.getText());
                d.put("personalisation", delight.getPersonalisation());
                delights.add(d);
            }
            s.put("delights", delights);
            stages.add(s);
        }
        json.put("stages", stages);
        return json;
    }

    private static Map<String, Object> reference(String id, String name) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("id", id);
        reference.put("name", name);
        return reference;
    }
}
