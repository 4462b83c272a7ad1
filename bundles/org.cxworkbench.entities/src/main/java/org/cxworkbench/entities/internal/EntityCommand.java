package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.cxworkbench.api.command.CommandContext;
import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CommandSpec;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.api.command.StrategyFiles;
import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * {@code cxw NOUN add|list|show|update|remove|move FILE [ID] [OPTIONS]} for one {@link EntityKind}. Options come
 * from the kind's EClass; changes are saved atomically, and a refused change leaves the file untouched. A kind
 * whose {@code afterChange} fails unexpectedly or hangs is reported naming its own bundle (see {@link KindGuard}).
 */
final class EntityCommand implements CxwCommand {

    static final String VERB = "VERB";
    static final String ID = "ID";
    static final String CLEAR = "--clear";
    static final String AT = "--at";
    static final String TOP_LEVEL = "--top-level";

    private final EntityKind kind;
    private final StrategyStore store;
    private final CommandSpec spec;
    private final EntityEditing editing;

    /**
     * @param bundle the bundle that registered the kind, named when it fails
     * @param guard how the kind's own code is called
     */
    EntityCommand(EntityKind kind, StrategyStore store, String bundle, KindGuard guard) {
        this.kind = kind;
        this.store = store;
        this.spec = buildSpec(kind);
        this.editing = new EntityEditing(kind, store, guard, bundle);
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
                + "  move FILE ID [--PARENT ID|--top-level] [--at N]\n"
                + "                           moves one under another parent and/or to place N among its siblings\n"
                + "References take an id (or a unique name); dates are yyyy-MM-dd, periods 2026-Q3 or 2026-09.")
                .arg(VERB, "add, list, show, update, remove or move")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)")
                .optionalArg(ID, "the element id, for show, update, remove and move");
        kind.parentOptions().forEach((option, reference) -> spec.option(option,
                reference.getEContainingClass().getName().toUpperCase(Locale.ROOT) + "_ID",
                "the " + reference.getEContainingClass().getName() + " to add to or move under"
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
        spec.option(AT, "N", "move: the place among its siblings, 1 for the first");
        if (kind.defaultContainer() != null && !kind.parentOptions().isEmpty()) {
            spec.flag(TOP_LEVEL, "move: out of its parent, to the top level");
        }
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
            case "move":
                return move(strategy, context);
            default:
                throw new CommandException("cxw " + kind.noun() + ": unknown action '" + verb
                        + "'; use add, list, show, update, remove or move");
        }
    }

    private int add(Strategy strategy, CommandContext context) throws CommandException {
        rejectIdArgument(context, "add");
        EObject element = editing.add(strategy, input(context), prefix());
        StrategyFiles.save(store, strategy);
        report(context, "Added", element);
        return OK;
    }

    private int update(Strategy strategy, CommandContext context) throws CommandException {
        String id = requiredId(context);
        for (String option : kind.parentOptions().keySet()) {
            if (context.option(option).isPresent()) {
                throw new CommandException(prefix() + " update: " + option
                        + " cannot move an element; use 'cxw " + kind.noun() + " move FILE ID " + option + " ID'");
            }
        }
        List<EStructuralFeature> cleared = new ArrayList<>();
        for (String option : context.options(CLEAR)) {
            cleared.add(featureForOption(option.startsWith("--") ? option : "--" + option));
        }
        EObject element = editing.update(strategy, id, input(context), cleared, prefix());
        StrategyFiles.save(store, strategy);
        report(context, "Updated", element);
        return OK;
    }

    private int remove(Strategy strategy, CommandContext context) throws CommandException {
        String id = requiredId(context);
        List<String> cleared = editing.remove(strategy, id, prefix());
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

    private int move(Strategy strategy, CommandContext context) throws CommandException {
        String id = requiredId(context);
        List<EntityEditing.Destination> destinations = new ArrayList<>();
        for (String option : kind.parentOptions().keySet()) {
            context.option(option).ifPresent(parent -> destinations.add(
                    new EntityEditing.Destination(option, option, parent)));
        }
        if (context.flag(TOP_LEVEL)) {
            destinations.add(EntityEditing.Destination.TOP_LEVEL);
        }
        if (destinations.size() > 1) {
            throw new CommandException(prefix() + " move: give one new place: "
                    + String.join(", ", kind.parentOptions().keySet()) + " or " + TOP_LEVEL);
        }
        OptionalInt position = OptionalInt.empty();
        if (context.option(AT).isPresent()) {
            try {
                position = OptionalInt.of(Integer.parseInt(context.option(AT).get().strip()));
            } catch (NumberFormatException e) {
                throw new CommandException(prefix() + " move: " + AT + " takes a whole number, 1 for the first, not '"
                        + context.option(AT).get() + "'");
            }
        }
        if (destinations.isEmpty() && position.isEmpty()) {
            throw new CommandException(prefix() + " move: say where to: "
                    + (kind.parentOptions().isEmpty() ? "" : String.join(", ", kind.parentOptions().keySet())
                            + (kind.defaultContainer() != null ? ", " + TOP_LEVEL : "") + " and/or ")
                    + AT + " N");
        }
        EObject element = editing.move(strategy, id, destinations.stream().findFirst(), position, AT, prefix());
        StrategyFiles.save(store, strategy);
        if (context.json()) {
            context.printJson(ElementView.toMap(element));
        } else {
            EObject parent = element.eContainer();
            @SuppressWarnings("unchecked")
            List<Object> siblings = (List<Object>) parent.eGet(element.eContainmentFeature());
            context.out().println("Moved " + kind.noun() + " " + ElementView.label(element) + " to place "
                    + (siblings.indexOf(element) + 1) + " of " + siblings.size() + " in "
                    + (parent instanceof Strategy ? "the top level" : ElementView.idOf(parent)));
        }
        return OK;
    }

    private int list(Strategy strategy, CommandContext context) throws CommandException {
        rejectIdArgument(context, "list");
        List<EObject> elements = editing.all(strategy);
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
        EObject element = editing.find(strategy, requiredId(context), prefix());
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

    private String prefix() {
        return "cxw " + kind.noun();
    }

    /** The command line's options as the values of a change. */
    private static EntityEditing.Input input(CommandContext context) {
        return new EntityEditing.Input() {
            @Override
            public List<String> values(EStructuralFeature feature) {
                return context.options(FeatureOptions.optionOf(feature));
            }

            @Override
            public Optional<String> parent(String option) {
                return context.option(option);
            }

            @Override
            public String label(EStructuralFeature feature) {
                return FeatureOptions.optionOf(feature);
            }

            @Override
            public String parentLabel(String option) {
                return option;
            }
        };
    }

    private void report(CommandContext context, String verb, EObject element) {
        if (context.json()) {
            context.printJson(ElementView.toMap(element));
        } else {
            context.out().println(verb + " " + kind.noun() + " " + ElementView.label(element));
        }
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
