package org.cxworkbench.plan.internal.commands;

import java.util.List;
import java.util.stream.Collectors;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.Named;

/** Finds a tactic or an owner by id, or by its name when exactly one element has it. */
final class ElementLookup {

    private ElementLookup() {
    }

    static <T extends Named> T find(List<T> candidates, String idOrName, String noun, String file)
            throws CommandException {
        for (T candidate : candidates) {
            if (idOrName.equals(candidate.getId())) {
                return candidate;
            }
        }
        List<T> byName = candidates.stream().filter(c -> idOrName.equalsIgnoreCase(c.getName())).toList();
        if (byName.size() == 1) {
            return byName.get(0);
        }
        String known = candidates.isEmpty() ? "there are none"
                : "known: " + candidates.stream().map(c -> c.getId() + " '" + c.getName() + "'")
                        .collect(Collectors.joining(", "));
        String problem = byName.isEmpty() ? "no " + noun + " with id or name '" + idOrName + "'"
                : byName.size() + " " + noun + "s are named '" + idOrName + "', give the id";
        throw new CommandException(file + ": " + problem + " (" + known + ")");
    }
}
