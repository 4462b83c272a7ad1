package org.cxworkbench.plan.internal.commands;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ready-made sequence of implementation steps for a common tactic.
 *
 * @param id the name used with {@code --template}
 * @param steps the steps in order
 */
record TacticTemplate(String id, List<TemplateStep> steps) {

    /**
     * One step of a template.
     *
     * @param name the step's name
     * @param description what the step involves
     * @param days how many calendar days the step is planned to take, its first and last day included
     */
    record TemplateStep(String name, String description, int days) {
    }

    /**
     * The source article's chatbot tactic (step 6 of "Create a Customer Experience Strategy"): competitors'
     * customers complain about the wait for a representative, so a chatbot on the site takes the customer's
     * details and asks an agent to contact them directly.
     */
    static final TacticTemplate CHATBOT = new TacticTemplate("chatbot", List.of(
            new TemplateStep("Find a chatbot that works for you",
                    "Choose a chatbot that hands over to your human team (Heyday, for example, integrates directly "
                            + "with your human team), so it can take the customer's details and ask an agent to "
                            + "contact them without the wait", 14),
            new TemplateStep("Implement it on your site",
                    "Install and configure the chatbot on the website, in the brand voice, with the hand-over to "
                            + "customer service agents", 21),
            new TemplateStep("Run some tests to make sure it works",
                    "Test the conversations and the hand-over to an agent end to end before customers see it", 7),
            new TemplateStep("Launch!", "Switch the chatbot on for every visitor and tell customers about it", 1)));

    private static final Map<String, TacticTemplate> ALL = Map.of(CHATBOT.id(), CHATBOT);

    /** The template with this id. */
    static Optional<TacticTemplate> named(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** The ids of all templates, sorted. */
    static List<String> ids() {
        return ALL.keySet().stream().sorted().toList();
    }
}
