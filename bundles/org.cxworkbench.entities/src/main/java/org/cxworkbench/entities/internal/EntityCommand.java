package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.ServiceOrigin;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * {@code cxw NOUN add|list|show|update|remove FILE [ID] [OPTIONS]} for one {@link EntityKind}. Options come
 * from the kind's EClass; changes are saved atomically, and a refused change leaves the file untouched. When the
 * kind's {@code afterChange} fails with anything but an {@code IllegalArgumentException}, the command ends with
 * exit code 3 and a message naming the bundle of the kind (a plugin's, not this one), nothing is saved, and the
 * failure is recorded in the {@link PluginFailureLog}, if one is installed.
 */
final class EntityCommand implements CxwCommand {

    static final String VERB = "VERB";
    static final String ID = "ID";
    static final String CLEAR = "--clear";
    /** The exit code of a kind that failed unexpectedly: an internal error, of the plugin that provides it. */
    static final int KIND_FAILED = 3;

    private final EntityKind kind;
    private final StrategyStore store;
    private final String bundle;
    private final Supplier<PluginFailureLog> failureLog;
    private final CommandSpec spec;

    EntityCommand(EntityKind kind, StrategyStore store) {
        this(kind, store, ServiceOrigin.bundleOf(kind), () -> null);
    }

    /**
     * @param bundle the bundle that registered the kind, named when it fails
     * @param failureLog the failure log in use, or a supplier of {@code null}
     */
    EntityCommand(EntityKind kind, StrategyStore store, String bundle, Supplier<PluginFailureLog> failureLog) {
        this.kind = kind;
        this.store = store;
        this.bundle = bundle;
        this.failureLog = failureLog;
        this.spec = buildSpec(kind);
    }

    private static CommandSpec buildSpec(EntityKind kind) {
        String noun = kind.noun();
        String type = kind.eClass().getName();
        CommandSpec spec = CommandSpec.of(noun, "Adds, lists, shows, updates and removes " + type
                + " elements (step " + kind.step().number() + ": " + kind.step().title() + ").\n"
                + "  add FILE [OPTIONS]       adds one; prints its new id\n"
                + "  list FILE                lists all, one per line\n"
                + "  show FILE ID             shows every value of one\n"
                + "  update FILE ID [OPTIONS] changes the given values; a repeatable option replaces the whole list\n"
                + "  remove FILE ID           removes one (refused while another element requires it)\n"
                + "References take an id (or a unique name); dates are yyyy-MM-dd, periods 2026-Q3 or 2026-09.")
                .arg(VERB, "add, list, show, update or remove")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .optionalArg(ID, "the element id, for show, update and remove");
        kind.parentOptions().forEach((option, reference) -> spec.option(option,
                reference.getEContainingClass().getName().toUpperCase(Locale.ROOT) + "_ID",
                "the " + reference.getEContainingClass().getName() + " to add to"
                        + (kind.defaultContainer() == null ? " (required for add)" : "")));
        for (EStructuralFeature feature : FeatureOptions.editable(kind)) {
            String help = feature.getName() + (feature.getLowerBound() > 0 ? " (required)" : "")
                    + enumHelp(feature);
            if (feature.isMany()) {
                spec.repeatable(FeatureOptions.optionOf(feature), FeatureOptions.valueName(feature), help);
            } else {
                spec.option(FeatureOptions.optionOf(feature), FeatureOptions.valueName(feature), help);
            }
        }
        spec.repeatable(CLEAR, "OPTION", "update: unsets a value or empties a list, e.g. --clear owner");
        spec.example("cxw " + noun + " list acme.cxs");
        return spec;
    }

    private static String enumHelp(EStructuralFeature feature) {
        if (feature.getEType() instanceof org.eclipse.emf.ecore.EEnum eEnum) {
            return ": " + String.join("|", eEnum.getELiterals().stream()
                    .map(l -> l.getName().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        }
        return "";
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String verb = context.requiredArg(VERB);
        Strategy strategy = StrategyFiles.load(store, context);
        switch (verb) {
            case "add":
                return add(strategy, context);
            case "list":
                return list(strategy, context);
            case "show":
                return show(strategy, context);
            case "update":
                return update(strategy, context);
            case "remove":
                return remove(strategy, context);
            default:
                throw new CommandException("cxw " + kind.noun() + ": unknown action '" + verb
                        + "'; use add, list, show, update or remove");
        }
    }

    private int add(Strategy strategy, CommandContext context) throws CommandException {
        rejectIdArgument(context, "add");
        EObject element = EcoreUtil.create(kind.eClass());
        containerList(strategy, context).add(element);
        applyOptions(strategy, element, context, true);
        finishChange(strategy, element);
        report(context, "Added", element);
        return OK;
    }

    private int update(Strategy strategy, CommandContext context) throws CommandException {
        EObject element = find(strategy, requiredId(context));
        if (!kind.parentOptions().isEmpty()) {
            for (String option : kind.parentOptions().keySet()) {
                if (context.option(option).isPresent()) {
                    throw new CommandException("cxw " + kind.noun() + " update: " + option
                            + " cannot move an element; remove it and add it again");
                }
            }
        }
        for (String cleared : context.options(CLEAR)) {
            EStructuralFeature feature = featureForOption(cleared.startsWith("--") ? cleared : "--" + cleared);
            element.eUnset(feature);
        }
        applyOptions(strategy, element, context, false);
        finishChange(strategy, element);
        report(context, "Updated", element);
        return OK;
    }

    private int remove(Strategy strategy, CommandContext context) throws CommandException {
        EObject element = find(strategy, requiredId(context));
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
            throw new CommandException("cxw " + kind.noun() + " remove: " + ElementView.idOf(element)
                    + " is required by " + String.join(", ", blocking) + "; remove or change those first");
        }
        String id = ElementView.idOf(element);
        EcoreUtil.delete(element, true);
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("removed", id);
            json.put("referencesCleared", cleared);
            context.printJson(json);
        } else {
            context.out().println("Removed " + kind.noun() + " " + id
                    + (cleared.isEmpty() ? "" : "; references cleared in " + String.join(", ", cleared)));
        }
        return OK;
    }

    private int list(Strategy strategy, CommandContext context) throws CommandException {
        rejectIdArgument(context, "list");
        List<EObject> elements = all(strategy);
        if (context.json()) {
            context.printJson(elements.stream().map(ElementView::toMap).toList());
            return OK;
        }
        List<EStructuralFeature> columns = kind.listColumns();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("id");
        columns.forEach(c -> header.add(c.getName()));
        rows.add(header);
        for (EObject element : elements) {
            List<String> row = new ArrayList<>();
            row.add(ElementView.idOf(element));
            for (EStructuralFeature column : columns) {
                row.add(ElementView.text(element, column));
            }
            rows.add(row);
        }
        TextTable.print(rows, context.out());
        context.out().println(elements.size() + " " + kind.noun() + (elements.size() == 1 ? "" : "s"));
        return OK;
    }

    private int show(Strategy strategy, CommandContext context) throws CommandException {
        EObject element = find(strategy, requiredId(context));
        if (context.json()) {
            context.printJson(ElementView.toMap(element));
            return OK;
        }
        context.out().println(kind.noun() + " " + ElementView.idOf(element));
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || !element.eIsSet(feature) || feature.getName().equals("id")
                    || feature instanceof EReference r && r.isContainer()) {
                continue;
            }
            context.out().printf("  %-22s %s%n", feature.getName(), ElementView.text(element, feature));
        }
        return OK;
    }

    private void applyOptions(Strategy strategy, EObject element, CommandContext context, boolean adding)
            throws CommandException {
        ValueParser parser = new ValueParser(strategy);
        for (EStructuralFeature feature : FeatureOptions.editable(kind)) {
            String option = FeatureOptions.optionOf(feature);
            List<String> values = context.options(option);
            if (values.isEmpty()) {
                if (adding && feature.getLowerBound() > 0) {
                    throw new CommandException("cxw " + kind.noun() + " add: " + option + " is required");
                }
                continue;
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) element.eGet(feature);
                list.clear();
                list.addAll(parser.parseAll(feature, values));
            } else {
                element.eSet(feature, parser.parse(feature, values.get(0)));
            }
        }
        if (adding && kind.eClass().getEStructuralFeature("name") != null
                && !element.eIsSet(kind.eClass().getEStructuralFeature("name"))) {
            throw new CommandException("cxw " + kind.noun() + " add: --name is required");
        }
    }

    private void finishChange(Strategy strategy, EObject element) throws CommandException {
        try {
            kind.afterChange(element);
        } catch (IllegalArgumentException e) {
            throw new CommandException("cxw " + kind.noun() + ": " + e.getMessage()
                    + "; nothing was saved", e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String failure = "entity kind '" + kind.noun() + "' from bundle " + bundle + " failed in afterChange: " + e;
            FailureLogs.record(failureLog.get(), bundle, PluginFailureLog.ENTITY, kind.noun(), failure);
            throw new CommandException(KIND_FAILED, "cxw " + kind.noun() + ": " + failure + "; nothing was saved", e);
        }
        store.assignIds(strategy);
        StrategyFiles.save(store, strategy);
    }

    private void report(CommandContext context, String verb, EObject element) {
        if (context.json()) {
            context.printJson(ElementView.toMap(element));
        } else {
            context.out().println(verb + " " + kind.noun() + " " + ElementView.label(element));
        }
    }

    @SuppressWarnings("unchecked")
    private EList<Object> containerList(Strategy strategy, CommandContext context) throws CommandException {
        for (Map.Entry<String, EReference> parent : kind.parentOptions().entrySet()) {
            var id = context.option(parent.getKey());
            if (id.isPresent()) {
                EObject container = new ValueParser(strategy).resolve(parent.getKey(),
                        parent.getValue().getEContainingClass(), id.get());
                return (EList<Object>) container.eGet(parent.getValue());
            }
        }
        if (kind.defaultContainer() == null) {
            throw new CommandException("cxw " + kind.noun() + " add: say where it belongs with "
                    + String.join(" or ", kind.parentOptions().keySet()));
        }
        return (EList<Object>) strategy.eGet(kind.defaultContainer());
    }

    private EObject find(Strategy strategy, String id) throws CommandException {
        for (EObject element : all(strategy)) {
            if (element instanceof Identified identified && id.equals(identified.getId())) {
                return element;
            }
        }
        List<String> known = all(strategy).stream().map(ElementView::idOf).limit(15).toList();
        throw new CommandException("cxw " + kind.noun() + ": no " + kind.noun() + " with id '" + id + "' in "
                + strategy.getName() + (known.isEmpty() ? "; there is none yet" : "; known: " + String.join(", ", known)));
    }

    private List<EObject> all(Strategy strategy) {
        List<EObject> elements = new ArrayList<>();
        strategy.eAllContents().forEachRemaining(e -> {
            if (kind.eClass().isSuperTypeOf(e.eClass())) {
                elements.add(e);
            }
        });
        return elements;
    }

    private EStructuralFeature featureForOption(String option) throws CommandException {
        for (EStructuralFeature feature : FeatureOptions.editable(kind)) {
            if (FeatureOptions.optionOf(feature).equals(option)) {
                return feature;
            }
        }
        throw new CommandException("cxw " + kind.noun() + " update: --clear " + option
                + " names no value of a " + kind.noun());
    }

    private String requiredId(CommandContext context) throws CommandException {
        return context.arg(ID).orElseThrow(() -> new CommandException("cxw " + kind.noun() + " "
                + context.arg(VERB).orElse("") + ": which one? give its ID (see 'cxw " + kind.noun() + " list FILE')"));
    }

    private void rejectIdArgument(CommandContext context, String verb) throws CommandException {
        if (context.arg(ID).isPresent()) {
            throw new CommandException("cxw " + kind.noun() + " " + verb + ": unexpected argument '"
                    + context.arg(ID).get() + "'");
        }
    }
}
