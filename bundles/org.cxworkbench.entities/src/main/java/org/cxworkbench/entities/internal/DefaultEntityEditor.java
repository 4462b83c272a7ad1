package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.entity.EntityEditor;
import org.cxworkbench.api.entity.EntityException;
import org.cxworkbench.api.entity.EntityException.Reason;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.KindDescription;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.containment.ServiceOrigin;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link EntityEditor} service: the same engine as the {@code cxw NOUN ...} commands, for every
 * registered {@link EntityKind}, with values named by feature name in messages. A kind that fails or hangs (see
 * {@link KindGuard}) gives an {@code IllegalStateException} naming its bundle, not an {@link EntityException}: it
 * is not the user's input that is wrong.
 */
@Component(service = EntityEditor.class)
public final class DefaultEntityEditor implements EntityEditor {

    private final StrategyStore store;
    private final KindGuard guard;
    private final Map<String, EntityEditing> kinds = new ConcurrentHashMap<>();

    @Activate
    public DefaultEntityEditor(@Reference StrategyStore store, @Reference KindGuard guard) {
        this.store = store;
        this.guard = guard;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addKind(EntityKind kind) {
        kinds.put(kind.noun(), new EntityEditing(kind, store, guard, ServiceOrigin.bundleOf(kind)));
    }

    void removeKind(EntityKind kind) {
        kinds.computeIfPresent(kind.noun(), (noun, editing) -> editing.kind() == kind ? null : editing);
    }

    @Override
    public List<KindDescription> kinds() {
        List<EntityKind> all = new ArrayList<>();
        kinds.values().forEach(editing -> all.add(editing.kind()));
        all.sort(Comparator.comparing((EntityKind k) -> k.step().number()).thenComparing(EntityKind::noun));
        return all.stream().map(kind -> KindDescriber.describe(kind, all)).toList();
    }

    @Override
    public List<Map<String, Object>> list(Strategy strategy, String noun) throws EntityException {
        return editing(noun).all(strategy).stream().map(ElementView::toMap).toList();
    }

    @Override
    public Map<String, Object> show(Strategy strategy, String noun, String id) throws EntityException {
        EntityEditing editing = editing(noun);
        return ElementView.toMap(call(() -> editing.find(strategy, id, noun)));
    }

    @Override
    public Map<String, Object> add(Strategy strategy, String noun, Map<String, String> parent,
            Map<String, List<String>> values) throws EntityException {
        EntityEditing editing = editing(noun);
        EntityEditing.Input input = input(editing.kind(), parent, values);
        return ElementView.toMap(call(() -> editing.add(strategy, input, noun)));
    }

    @Override
    public Map<String, Object> update(Strategy strategy, String noun, String id, Map<String, List<String>> values,
            Set<String> cleared) throws EntityException {
        EntityEditing editing = editing(noun);
        EntityEditing.Input input = input(editing.kind(), Map.of(), values);
        List<EStructuralFeature> features = new ArrayList<>();
        for (String name : cleared) {
            features.add(feature(editing.kind(), name));
        }
        return ElementView.toMap(call(() -> editing.update(strategy, id, input, features, noun)));
    }

    @Override
    public List<String> remove(Strategy strategy, String noun, String id) throws EntityException {
        EntityEditing editing = editing(noun);
        return call(() -> editing.remove(strategy, id, noun));
    }

    @Override
    public Map<String, Object> move(Strategy strategy, String noun, String id, Map<String, String> parent,
            Integer position) throws EntityException {
        EntityEditing editing = editing(noun);
        Optional<EntityEditing.Destination> destination;
        if (parent == null) {
            destination = Optional.empty();
        } else if (parent.isEmpty()) {
            destination = Optional.of(EntityEditing.Destination.TOP_LEVEL);
        } else if (parent.size() == 1) {
            Map.Entry<String, String> only = parent.entrySet().iterator().next();
            checkParents(editing.kind(), parent);
            destination = Optional.of(new EntityEditing.Destination("--" + only.getKey(), only.getKey(),
                    only.getValue()));
        } else {
            throw new EntityException(Reason.INVALID, noun + ": a " + noun + " has one parent, not "
                    + String.join(" and ", parent.keySet()));
        }
        OptionalInt place = position == null ? OptionalInt.empty() : OptionalInt.of(position);
        return ElementView.toMap(call(() -> editing.move(strategy, id, destination, place, "position", noun)));
    }

    private EntityEditing editing(String noun) throws EntityException {
        EntityEditing editing = kinds.get(noun);
        if (editing == null) {
            throw new EntityException(Reason.UNKNOWN_KIND, "'" + noun + "' is not a kind of element; known: "
                    + String.join(", ", kinds.keySet().stream().sorted().toList()));
        }
        return editing;
    }

    /** Checks that only editable features are named, so that a typo is not silently ignored. */
    private static EntityEditing.Input input(EntityKind kind, Map<String, String> parent,
            Map<String, List<String>> values) throws EntityException {
        for (String name : values.keySet()) {
            feature(kind, name);
        }
        checkParents(kind, parent);
        return new EntityEditing.Input() {
            @Override
            public List<String> values(EStructuralFeature feature) {
                return values.getOrDefault(feature.getName(), List.of());
            }

            @Override
            public Optional<String> parent(String option) {
                return Optional.ofNullable(parent.get(option.substring(2)));
            }

            @Override
            public String label(EStructuralFeature feature) {
                return feature.getName();
            }

            @Override
            public String parentLabel(String option) {
                return option.substring(2);
            }
        };
    }

    private static void checkParents(EntityKind kind, Map<String, String> parent) throws EntityException {
        for (String option : parent.keySet()) {
            if (!kind.parentOptions().containsKey("--" + option)) {
                throw new EntityException(Reason.INVALID, kind.noun() + ": '" + option + "' is not a parent of a "
                        + kind.noun() + (kind.parentOptions().isEmpty() ? "; it has none"
                                : "; use " + String.join(" or ", kind.parentOptions().keySet().stream()
                                        .map(o -> o.substring(2)).toList())));
            }
        }
    }

    private static EStructuralFeature feature(EntityKind kind, String name) throws EntityException {
        for (EStructuralFeature feature : FeatureOptions.editable(kind)) {
            if (feature.getName().equals(name)) {
                return feature;
            }
        }
        throw new EntityException(Reason.INVALID, kind.noun() + ": '" + name + "' is not a field of a "
                + kind.noun() + " that can be edited");
    }

    private interface Change<T> {
        T run() throws CommandException;
    }

    private static <T> T call(Change<T> change) throws EntityException {
        try {
            return change.run();
        } catch (EntityEditing.NotFound e) {
            throw new EntityException(Reason.NOT_FOUND, e.getMessage(), e);
        } catch (CommandException e) {
            if (e.exitCode() == KindGuard.KIND_FAILED) {
                // not the user's input: the kind (a plugin) failed; the message names its bundle
                throw new IllegalStateException(e.getMessage(), e);
            }
            throw new EntityException(Reason.INVALID, e.getMessage(), e);
        }
    }
}
