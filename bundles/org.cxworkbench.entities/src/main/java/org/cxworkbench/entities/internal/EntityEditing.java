package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Adds, finds, changes, moves and removes the elements of one {@link EntityKind} in a loaded strategy. Shared by the
 * command line ({@link EntityCommand}) and the {@link DefaultEntityEditor} service; saving is the caller's job.
 * Messages start with a prefix naming the front end's verb ({@code cxw goal add}) and name values the way the
 * front end does ({@code --target-change} or {@code targetChange}). The kind's {@code afterChange} is called
 * through the {@link KindGuard}: when it fails with anything but an {@code IllegalArgumentException}, or hangs, the
 * change is refused with exit code 3 and a message naming the bundle of the kind (a plugin's, not this one).
 */
final class EntityEditing {

    /** The values of one change, and how they are called in messages. */
    interface Input {
        /** The texts given for a feature; empty if it was not given. */
        List<String> values(EStructuralFeature feature);

        /** The parent id given with a parent option (e.g. {@code --journey}). */
        Optional<String> parent(String option);

        /** How the user calls a feature. */
        String label(EStructuralFeature feature);

        /** How the user calls a parent option. */
        String parentLabel(String option);
    }

    private final EntityKind kind;
    private final StrategyStore store;
    private final KindGuard guard;
    private final String bundle;

    /**
     * @param guard how the kind's own code is called
     * @param bundle the bundle that registered the kind, named when it fails
     */
    EntityEditing(EntityKind kind, StrategyStore store, KindGuard guard, String bundle) {
        this.kind = kind;
        this.store = store;
        this.guard = guard;
        this.bundle = bundle;
    }

    EntityKind kind() {
        return kind;
    }

    /** Adds a new element with the given values; {@code prefix} is e.g. {@code cxw goal}. */
    EObject add(Strategy strategy, Input input, String prefix) throws CommandException {
        EObject element = EcoreUtil.create(kind.eClass());
        containerList(strategy, input, prefix).add(element);
        apply(strategy, element, input, true, prefix);
        finish(strategy, element, prefix);
        return element;
    }

    /** Unsets the {@code cleared} features, then sets the given values. */
    EObject update(Strategy strategy, String id, Input input, Collection<EStructuralFeature> cleared, String prefix)
            throws CommandException {
        EObject element = find(strategy, id, prefix);
        for (EStructuralFeature feature : cleared) {
            element.eUnset(feature);
        }
        apply(strategy, element, input, false, prefix);
        finish(strategy, element, prefix);
        return element;
    }

    /**
     * Removes an element unless another element requires it.
     *
     * @return the references to it that were cleared, as {@code ID (feature)}
     */
    List<String> remove(Strategy strategy, String id, String prefix) throws CommandException {
        EObject element = find(strategy, id, prefix);
        Collection<EStructuralFeature.Setting> usages = EcoreUtil.UsageCrossReferencer.find(element, strategy);
        List<String> blocking = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        for (EStructuralFeature.Setting usage : usages) {
            if (EcoreUtil.isAncestor(element, usage.getEObject())) {
                continue;
            }
            String where = ElementView.idOf(usage.getEObject()) + " (" + usage.getEStructuralFeature().getName() + ")";
            if (usage.getEStructuralFeature().getLowerBound() > 0 && !usage.getEStructuralFeature().isMany()) {
                blocking.add(where);
            } else {
                cleared.add(where);
            }
        }
        if (!blocking.isEmpty()) {
            throw new CommandException(prefix + " remove: " + ElementView.idOf(element)
                    + " is required by " + String.join(", ", blocking) + "; remove or change those first");
        }
        EcoreUtil.delete(element, true);
        return cleared;
    }

    /**
     * Where {@link #move} puts an element: under the parent named by a parent option (e.g. {@code --parent}), or,
     * for {@link #TOP_LEVEL}, into the kind's default container (a top-level goal).
     *
     * @param option the parent option with dashes, or {@code null} for the default container
     * @param label how the front end calls the option in messages
     * @param parentId the parent's id (or unique name)
     */
    record Destination(String option, String label, String parentId) {
        static final Destination TOP_LEVEL = new Destination(null, null, null);
    }

    /**
     * Moves an element to another parent, to another place among its siblings, or both. Its id, values and the
     * references to it stay as they are; what it contains moves with it.
     *
     * @param destination the new parent; empty to keep the parent it has
     * @param position the 1-based place among its (new) siblings; empty to keep its place, or to put it last when
     *        the parent changes
     * @param positionLabel how the front end calls the position in messages ({@code --at}, {@code position})
     */
    EObject move(Strategy strategy, String id, Optional<Destination> destination, OptionalInt position,
            String positionLabel, String prefix) throws CommandException {
        EObject element = find(strategy, id, prefix);
        EList<Object> from = siblings(element, prefix);
        EList<Object> to = destination.isPresent() ? destinationList(strategy, element, destination.get(), prefix)
                : from;
        if (to == from) {
            int index = position.isPresent() ? index(position.getAsInt(), from.size(), positionLabel, prefix)
                    : from.indexOf(element);
            from.move(index, element);
        } else {
            int places = to.size() + 1;
            to.add(position.isPresent() ? index(position.getAsInt(), places, positionLabel, prefix) : places - 1,
                    element);
        }
        finish(strategy, element, prefix);
        return element;
    }

    @SuppressWarnings("unchecked")
    private EList<Object> siblings(EObject element, String prefix) throws CommandException {
        EReference containment = element.eContainmentFeature();
        if (containment == null || !containment.isMany()) {
            throw new CommandException(prefix + " move: " + ElementView.idOf(element) + " cannot be moved");
        }
        return (EList<Object>) element.eContainer().eGet(containment);
    }

    @SuppressWarnings("unchecked")
    private EList<Object> destinationList(Strategy strategy, EObject element, Destination destination, String prefix)
            throws CommandException {
        if (destination.option() == null) {
            if (kind.defaultContainer() == null) {
                throw new CommandException(prefix + " move: a " + kind.noun() + " always belongs to a "
                        + String.join(" or ", kind.parentOptions().values().stream()
                                .map(r -> r.getEContainingClass().getName()).toList())
                        + "; say which one instead of the top level");
            }
            return (EList<Object>) strategy.eGet(kind.defaultContainer());
        }
        EReference reference = kind.parentOptions().get(destination.option());
        EObject parent = new ValueParser(strategy).resolve(destination.label(), reference.getEContainingClass(),
                destination.parentId());
        if (parent == element || EcoreUtil.isAncestor(element, parent)) {
            throw new CommandException(prefix + " move: " + ElementView.idOf(element) + " cannot go under "
                    + ElementView.idOf(parent) + ", which is " + (parent == element ? "itself" : "inside it"));
        }
        return (EList<Object>) parent.eGet(reference);
    }

    private static int index(int position, int places, String label, String prefix) throws CommandException {
        if (position < 1 || position > places) {
            throw new CommandException(prefix + " move: " + label + " " + position + " is not a place there; give "
                    + (places == 1 ? "1" : "1 to " + places));
        }
        return position - 1;
    }

    /** The element with the given id; the message lists known ids if there is none. */
    EObject find(Strategy strategy, String id, String prefix) throws CommandException {
        List<EObject> all = all(strategy);
        for (EObject element : all) {
            if (element instanceof Identified identified && id.equals(identified.getId())) {
                return element;
            }
        }
        List<String> known = all.stream().map(ElementView::idOf).limit(15).toList();
        throw new NotFound(prefix + ": no " + kind.noun() + " with id '" + id + "' in " + strategy.getName()
                + (known.isEmpty() ? "; there is none yet" : "; known: " + String.join(", ", known)));
    }

    /** Every element of the kind, in document order. */
    List<EObject> all(Strategy strategy) {
        List<EObject> elements = new ArrayList<>();
        strategy.eAllContents().forEachRemaining(e -> {
            if (kind.eClass().isSuperTypeOf(e.eClass())) {
                elements.add(e);
            }
        });
        return elements;
    }

    /** {@link #find} found nothing: the front end may answer differently (HTTP 404). */
    static final class NotFound extends CommandException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private void apply(Strategy strategy, EObject element, Input input, boolean adding, String prefix)
            throws CommandException {
        ValueParser parser = new ValueParser(strategy);
        for (EStructuralFeature feature : FeatureOptions.editable(kind)) {
            List<String> values = input.values(feature);
            String label = input.label(feature);
            if (values.isEmpty()) {
                if (adding && feature.getLowerBound() > 0) {
                    throw new CommandException(prefix + " add: " + label + " is required");
                }
                continue;
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) element.eGet(feature);
                list.clear();
                list.addAll(parser.parseAll(feature, label, values));
            } else {
                element.eSet(feature, parser.parse(feature, label, values.get(0)));
            }
        }
        EStructuralFeature name = kind.eClass().getEStructuralFeature("name");
        if (adding && name != null && !element.eIsSet(name)) {
            throw new CommandException(prefix + " add: " + input.label(name) + " is required");
        }
    }

    private void finish(Strategy strategy, EObject element, String prefix) throws CommandException {
        guard.afterChange(kind, bundle, element, prefix);
        store.assignIds(strategy);
    }

    @SuppressWarnings("unchecked")
    private EList<Object> containerList(Strategy strategy, Input input, String prefix) throws CommandException {
        for (Map.Entry<String, EReference> parent : kind.parentOptions().entrySet()) {
            Optional<String> id = input.parent(parent.getKey());
            if (id.isPresent()) {
                EObject container = new ValueParser(strategy).resolve(input.parentLabel(parent.getKey()),
                        parent.getValue().getEContainingClass(), id.get());
                return (EList<Object>) container.eGet(parent.getValue());
            }
        }
        if (kind.defaultContainer() == null) {
            throw new CommandException(prefix + " add: say where it belongs with " + String.join(" or ",
                    kind.parentOptions().keySet().stream().map(input::parentLabel).toList()));
        }
        return (EList<Object>) strategy.eGet(kind.defaultContainer());
    }
}
