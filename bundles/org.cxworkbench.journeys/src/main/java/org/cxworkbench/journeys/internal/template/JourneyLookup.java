package org.cxworkbench.journeys.internal.template;

import java.util.List;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.Journey;
import org.cxworkbench.model.Strategy;

/** Finds the journey a command names by id, or by name when exactly one journey has it. */
public final class JourneyLookup {

    private JourneyLookup() {
    }

    /**
     * The journey with id (or unique name) {@code reference}.
     *
     * @throws CommandException naming the file and the journey when there is no such journey
     */
    public static Journey find(Strategy strategy, String reference, String file) throws CommandException {
        for (Journey journey : strategy.getJourneys()) {
            if (reference.equals(journey.getId())) {
                return journey;
            }
        }
        List<Journey> named = strategy.getJourneys().stream().filter(j -> reference.equalsIgnoreCase(j.getName())).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new CommandException(file + ": " + named.size() + " journeys are named '" + reference + "'; use the id ("
                    + String.join(", ", named.stream().map(Journey::getId).toList()) + ")");
        }
        String known = strategy.getJourneys().isEmpty() ? "the file has no journey yet (cxw journey add " + file
                + " --name NAME --persona ID)"
                : "known journeys: " + String.join(", ", strategy.getJourneys().stream()
                        .map(j -> j.getId() + " '" + j.getName() + "'").toList());
        throw new CommandException(file + ": no journey '" + reference + "'; " + known);
    }
}
