package org.cxworkbench.entities.internal;

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
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.CxStrategyPackage;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code cxw strategy show|update FILE [OPTIONS]}: the strategy itself (name, current period, objectives)
 * and its organisation or brand ({@code --org-...} options).
 */
@Component(service = CxwCommand.class)
@CxwCommandService(command = "strategy", summary = "Shows or updates the strategy: name, period, objectives, organisation",
        group = "strategy")
public final class StrategyCommand implements CxwCommand {

    private static final String ORG_PREFIX = "--org-";

    private final StrategyStore store;

    @Activate
    public StrategyCommand(@Reference StrategyStore store) {
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        CommandSpec spec = CommandSpec.of("strategy", "Shows or updates the strategy itself and its organisation "
                + "or brand. 'update' changes only the values given; --objectives replaces the whole list.")
                .arg(EntityCommand.VERB, "show or update")
                .arg(StrategyFiles.FILE, "the strategy file (.cxs)");
        for (EAttribute attribute : attributes(CxStrategyPackage.Literals.STRATEGY)) {
            addOption(spec, FeatureOptions.optionOf(attribute), attribute);
        }
        for (EAttribute attribute : attributes(CxStrategyPackage.Literals.ORGANISATION)) {
            addOption(spec, ORG_PREFIX + FeatureOptions.optionOf(attribute).substring(2), attribute);
        }
        return spec.example("cxw strategy update acme.cxs --current-period 2026-Q3 "
                + "--objectives \"Be the easiest grocer to reach\" --org-name \"Acme Fresh\"");
    }

    private static void addOption(CommandSpec spec, String option, EAttribute attribute) {
        if (attribute.isMany()) {
            spec.repeatable(option, FeatureOptions.valueName(attribute), attribute.getName());
        } else {
            spec.option(option, FeatureOptions.valueName(attribute), attribute.getName());
        }
    }

    private static List<EAttribute> attributes(EClass eClass) {
        List<EAttribute> list = new ArrayList<>();
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (attribute != CxStrategyPackage.Literals.IDENTIFIED__ID && attribute.isChangeable()
                    && !attribute.isDerived()) {
                list.add(attribute);
            }
        }
        return list;
    }

    @Override
    public int run(CommandContext context) throws CommandException {
        String verb = context.requiredArg(EntityCommand.VERB);
        Strategy strategy = StrategyFiles.load(store, context);
        if (verb.equals("update")) {
            ValueParser parser = new ValueParser(strategy);
            apply(strategy, "--", context, parser);
            if (attributes(CxStrategyPackage.Literals.ORGANISATION).stream()
                    .anyMatch(a -> !context.options(ORG_PREFIX + FeatureOptions.optionOf(a).substring(2)).isEmpty())) {
                if (strategy.getOrganisation() == null) {
                    strategy.setOrganisation(CxStrategyFactory.eINSTANCE.createOrganisation());
                }
                apply(strategy.getOrganisation(), ORG_PREFIX, context, parser);
            }
            store.assignIds(strategy);
            StrategyFiles.save(store, strategy);
        } else if (!verb.equals("show")) {
            throw new CommandException("cxw strategy: unknown action '" + verb + "'; use show or update");
        }
        Map<String, Object> view = ElementView.toMap(strategy);
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            for (EAttribute attribute : attributes(CxStrategyPackage.Literals.STRATEGY)) {
                json.put(attribute.getName(), view.get(attribute.getName()));
            }
            json.put("organisation", strategy.getOrganisation() == null ? null : ElementView.toMap(strategy.getOrganisation()));
            context.printJson(json);
        } else {
            context.out().println("strategy " + strategy.getId());
            print(strategy, context);
            if (strategy.getOrganisation() != null) {
                context.out().println("organisation");
                print(strategy.getOrganisation(), context);
            }
        }
        return OK;
    }

    private static void apply(EObject target, String prefix, CommandContext context, ValueParser parser)
            throws CommandException {
        for (EAttribute attribute : attributes(target.eClass())) {
            String option = prefix + FeatureOptions.optionOf(attribute).substring(2);
            List<String> values = context.options(option);
            if (values.isEmpty()) {
                continue;
            }
            if (attribute.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> list = (EList<Object>) target.eGet(attribute);
                list.clear();
                list.addAll(parser.parseAll(attribute, option, values));
            } else {
                target.eSet(attribute, parser.parse(attribute, option, values.get(0)));
            }
        }
    }

    private static void print(EObject element, CommandContext context) {
        for (EStructuralFeature feature : attributes(element.eClass())) {
            if (element.eIsSet(feature)) {
                context.out().printf("  %-22s %s%n", feature.getName(), ElementView.text(element, feature));
            }
        }
    }
}
