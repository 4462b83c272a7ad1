package org.cxworkbench.api.entity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Edits the elements of every registered {@link EntityKind} in a loaded strategy: the engine behind
 * {@code cxw NOUN add|list|show|update|remove|move}, offered as a service to other front ends (the web workbench).
 *
 * <p>Values are given as text, keyed by the feature name ({@code targetChange}), exactly as they would be
 * typed on the command line; many-valued features take several texts, references an id (or a unique
 * name). Changes are made in memory only: the caller saves the strategy (atomically, with
 * {@code StrategyStore.save}) and discards it if an {@link EntityException} was thrown, because a refused
 * change may have been applied in part.
 *
 * @since 1.1
 */
@ProviderType
public interface EntityEditor {

    /** The registered kinds with the fields a form needs, sorted by step and noun. */
    List<KindDescription> kinds();

    /** Every element of a kind as a JSON-ready map (references as ids, contents nested). */
    List<Map<String, Object>> list(Strategy strategy, String noun) throws EntityException;

    /** One element as a JSON-ready map. */
    Map<String, Object> show(Strategy strategy, String noun, String id) throws EntityException;

    /**
     * Adds an element.
     *
     * @param parent the parent to add to, keyed by parent option name without dashes (for example
     *        {@code journey}); empty to add to the kind's default container
     * @param values the values to set, keyed by feature name
     * @return the new element as a map, with its new id
     */
    Map<String, Object> add(Strategy strategy, String noun, Map<String, String> parent,
            Map<String, List<String>> values) throws EntityException;

    /**
     * Changes the given values of an element; a many-valued feature given is replaced as a whole.
     *
     * @param cleared features (by name) to unset or empty first
     */
    Map<String, Object> update(Strategy strategy, String noun, String id, Map<String, List<String>> values,
            Set<String> cleared) throws EntityException;

    /**
     * Removes an element; refused while another element requires it. Optional references to it are cleared.
     *
     * @return the ids and features of the references that were cleared, e.g. {@code goal-2 (parent)}
     */
    List<String> remove(Strategy strategy, String noun, String id) throws EntityException;

    /**
     * Moves an element under another parent, to another place among its siblings, or both (a sub-goal to another
     * goal or to the top level; a tactic step up; a journey stage to the front). Its id, its values and the
     * references to it stay; what it contains moves with it. Refused when the new parent is the element itself or
     * inside it, or the place is out of range.
     *
     * @param parent the new parent keyed by parent option name without dashes (for example {@code parent} or
     *        {@code tactic}); an empty map for the kind's default container (the top level); {@code null} to keep
     *        the parent it has
     * @param position the new place among its siblings, 1 for the first; {@code null} to keep its place, or to put
     *        it last when the parent changes
     * @return the element as a map
     * @since 1.2
     */
    Map<String, Object> move(Strategy strategy, String noun, String id, Map<String, String> parent, Integer position)
            throws EntityException;
}
