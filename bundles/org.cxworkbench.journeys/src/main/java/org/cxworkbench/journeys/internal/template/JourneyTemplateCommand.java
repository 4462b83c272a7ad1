package org.cxworkbench.journeys.internal.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.CxwCommandService;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.journeys.internal.template.JourneyTemplate.StageTemplate;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.JourneyStage;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw journey-template FILE JOURNEY_ID --template purchase|five-e [--json]}: fills an empty journey
 * with the stages of a template.
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "journey-template", summary = "Fills an empty journey with template stages (purchase or the 5 Es)",
        group = "steps")
public final class JourneyTemplateCommand implements CxwCommand {

    private static final String JOURNEY = "JOURNEY_ID";
    private static final String TEMPLATE = "--template";

    private final StrategyStore store;

    @Activate
    public JourneyTemplateCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("journey-template", "Step 5: adds a stage set to a journey that has no stages yet. "
                + "'purchase': Awareness, Purchase, After purchase (\"initial purchase awareness and beyond\"); "
                + "'five-e': the 5 Es Entice, Enter, Engage, Exit, Extend. Then add actions, touchpoints and the "
                + "emotion score to each stage with 'cxw stage update', and pain points and moments of delight with "
                + "'cxw pain add --stage ID' and 'cxw delight add --stage ID'.")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .arg(JOURNEY, "the journey's id (or its name when unique)")
                .option(TEMPLATE, JourneyTemplate.options(), "the stage set (required)")
                .example("cxw journey-template acme.cxs journey-1 --template purchase")
                .example("cxw journey-template acme.cxs journey-2 --template five-e --json");
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String file = context.requiredArg(StrategyFiles.FILE);
        String option = context.option(TEMPLATE).orElseThrow(() -> new CommandException(
                "cxw journey-template: " + TEMPLATE + " " + JourneyTemplate.options() + " is required"));
        JourneyTemplate template = JourneyTemplate.ofOption(option).orElseThrow(() -> new CommandException(
                "cxw journey-template: unknown template '" + option + "'; use " + JourneyTemplate.options()));
        Strategy strategy = StrategyFiles.load(store, context);
        Journey journey = JourneyLookup.find(strategy, context.requiredArg(JOURNEY), file);
        if (!journey.getStages().isEmpty()) {
            throw new CommandException(file + ": journey " + journey.getId() + " '" + journey.getName() + "' already has "
                    + journey.getStages().size() + " stage" + (journey.getStages().size() == 1 ? "" : "s")
                    + "; a template only fills an empty journey");
        }
        List<JourneyStage> added = apply(template, journey);
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            context.printJson(json(journey, template, added));
        } else {
            context.out().printf("Journey %s '%s': %d stages added from the %s template%n", journey.getId(),
                    journey.getName(), added.size(), template.option());
            added.forEach(s -> context.out().printf("  %-18s %s%n", s.getId(), s.getName()));
            context.out().println("Next: add touchpoints and an emotion score to each stage: cxw stage update " + file
                    + " STAGE_ID --touchpoints ID --emotion-score N");
        }
        return OK;
    }

    /** Adds the template's stages to an empty journey and records the template; returns the new stages. */
    static List<JourneyStage> apply(JourneyTemplate template, Journey journey) {
        List<JourneyStage> added = new ArrayList<>();
        for (StageTemplate stageTemplate : template.stages()) {
            JourneyStage stage = CxStrategyFactory.eINSTANCE.createJourneyStage();
            stage.setName(stageTemplate.name());
            stage.setDescription(stageTemplate.description());
            journey.getStages().add(stage);
            added.add(stage);
        }
        journey.setTemplate(template.modelValue());
        return added;
    }

    private static Map<String, Object> json(Journey journey, JourneyTemplate template, List<JourneyStage> added) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("journey", journey.getId());
        json.put("template", template.option());
        List<Object> stages = new ArrayList<>();
        for (JourneyStage stage : added) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", stage.getId());
            s.put("name", stage.getName());
            s.put("description", stage.getDescription());
            stages.add(s);
        }
        json.put("stages", stages);
        return json;
    }
}
