package org.cxworkbench.journeys.internal.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stage sets of the source articles for a new journey map:
 * <ul>
 * <li>{@code purchase}: a CX strategy covers every touchpoint "including initial purchase awareness and
 * beyond": Awareness, Purchase, After purchase;</li>
 * <li>{@code five-e}: the 5 Es of the customer experience: Entice, Enter, Engage, Exit, Extend.</li>
 * </ul>
 */
public enum JourneyTemplate {

    PURCHASE("purchase", "awareness-purchase-beyond", List.of(
            new StageTemplate("Awareness", "The customer notices a need and discovers the brand."),
            new StageTemplate("Purchase", "The customer compares, chooses and buys."),
            new StageTemplate("After purchase", "Delivery, use, support and coming back: the experience beyond the purchase."))),

    FIVE_E("five-e", "5E", List.of(
            new StageTemplate("Entice", "What draws the customer in: the trigger or invitation to interact."),
            new StageTemplate("Enter", "The first steps of the interaction."),
            new StageTemplate("Engage", "The core of the experience: the customer does what they came for."),
            new StageTemplate("Exit", "How the interaction ends: checkout, goodbye, the last impression."),
            new StageTemplate("Extend", "What keeps the relationship going: follow-up, loyalty, recommendations.")));

    /** One stage of a template: its name and what happens in it. */
    public record StageTemplate(String name, String description) {
    }

    private final String option;
    private final String modelValue;
    private final List<StageTemplate> stages;

    JourneyTemplate(String option, String modelValue, List<StageTemplate> stages) {
        this.option = option;
        this.modelValue = modelValue;
        this.stages = stages;
    }

    /** The value of {@code --template}. */
    public String option() {
        return option;
    }

    /** The value stored in {@code Journey.template}. */
    public String modelValue() {
        return modelValue;
    }

    /** The stages, in journey order. */
    public List<StageTemplate> stages() {
        return stages;
    }

    /** The template named by a {@code --template} value, ignoring case. */
    public static Optional<JourneyTemplate> ofOption(String option) {
        return Arrays.stream(values()).filter(t -> t.option.equalsIgnoreCase(option.strip())).findFirst();
    }

    /** The accepted {@code --template} values, e.g. {@code purchase|five-e}. */
    public static String options() {
        return Arrays.stream(values()).map(JourneyTemplate::option).collect(Collectors.joining("|"));
    }
}
