package org.cxworkbench.entities.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.model.Identified;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Named;
import org.cxworkbench.model.Strategy;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Turns option values into model values: numbers, booleans, enum literals, ISO dates, periods and
 * references by id (or unique name, or KPI code). Every failure names the option and says what is expected.
 */
final class ValueParser {

    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(Q[1-4]|0[1-9]|1[0-2])");

    private final Strategy strategy;

    ValueParser(Strategy strategy) {
        this.strategy = strategy;
    }

    static boolean isDate(EStructuralFeature feature) {
        String name = feature.getName();
        return name.equals("date") || name.endsWith("Date");
    }

    static boolean isPeriod(EStructuralFeature feature) {
        String name = feature.getName();
        return name.equals("period") || name.endsWith("Period");
    }

    /** The value for a single-valued feature, or for one item of a many-valued one. */
    Object parse(EStructuralFeature feature, String text) throws CommandException {
        return parse(feature, FeatureOptions.optionOf(feature), text);
    }

    /** As {@link #parse(EStructuralFeature, String)}, naming {@code option} in messages (e.g. {@code --org-name}). */
    Object parse(EStructuralFeature feature, String option, String text) throws CommandException {
        if (feature instanceof EReference reference) {
            return resolve(option, reference.getEReferenceType(), text);
        }
        if (feature.getEType() instanceof EEnum eEnum) {
            return literal(option, eEnum, text);
        }
        String type = feature.getEType().getInstanceClassName();
        String value = text.strip();
        try {
            switch (type) {
                case "int", "java.lang.Integer":
                    return Integer.valueOf(value);
                case "long", "java.lang.Long":
                    return Long.valueOf(value);
                case "double", "java.lang.Double":
                    double d = Double.parseDouble(value.replace(',', '.'));
                    if (!Double.isFinite(d)) {
                        throw new NumberFormatException();
                    }
                    return d;
                case "boolean", "java.lang.Boolean":
                    return bool(option, value);
                default:
                    return text(feature, option, text);
            }
        } catch (NumberFormatException e) {
            throw new CommandException(option + ": '" + text + "' is not a "
                    + (type.contains("nt") || type.contains("ong") ? "whole number" : "number"));
        }
    }

    /** The values for a many-valued feature; reference ids may also be given comma-separated. */
    List<Object> parseAll(EStructuralFeature feature, List<String> texts) throws CommandException {
        return parseAll(feature, FeatureOptions.optionOf(feature), texts);
    }

    /** As {@link #parseAll(EStructuralFeature, List)}, naming {@code option} in messages. */
    List<Object> parseAll(EStructuralFeature feature, String option, List<String> texts) throws CommandException {
        List<Object> values = new ArrayList<>();
        for (String text : texts) {
            if (feature instanceof EReference || feature.getEType() instanceof EEnum) {
                for (String part : text.split(",")) {
                    if (!part.isBlank()) {
                        values.add(parse(feature, option, part.strip()));
                    }
                }
            } else {
                values.add(parse(feature, option, text));
            }
        }
        return values;
    }

    /** Finds an element of the given type by id, by unique name or (for KPI definitions) by code. */
    EObject resolve(String option, EClass type, String key) throws CommandException {
        List<EObject> byName = new ArrayList<>();
        for (var it = strategy.eAllContents(); it.hasNext();) {
            EObject candidate = it.next();
            if (!type.isSuperTypeOf(candidate.eClass())) {
                continue;
            }
            if (candidate instanceof Identified identified && key.equals(identified.getId())) {
                return candidate;
            }
            if (candidate instanceof KpiDefinition kpi && key.equalsIgnoreCase(kpi.getCode())) {
                byName.add(candidate);
            } else if (candidate instanceof Named named && key.equals(named.getName())) {
                byName.add(candidate);
            }
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new CommandException(option + ": '" + key + "' names " + byName.size() + " " + type.getName()
                    + " elements; use the id instead (" + ids(byName) + ")");
        }
        throw new CommandException(option + ": no " + type.getName() + " with id or name '" + key + "' in "
                + strategy.getName() + knownIds(type));
    }

    private String knownIds(EClass type) {
        List<EObject> all = new ArrayList<>();
        strategy.eAllContents().forEachRemaining(e -> {
            if (type.isSuperTypeOf(e.eClass())) {
                all.add(e);
            }
        });
        if (all.isEmpty()) {
            return "; there is none yet";
        }
        return "; known: " + ids(all.size() > 12 ? all.subList(0, 12) : all) + (all.size() > 12 ? ", ..." : "");
    }

    private static String ids(List<EObject> elements) {
        List<String> ids = new ArrayList<>();
        for (EObject e : elements) {
            String id = e instanceof Identified identified ? identified.getId() : null;
            if (e instanceof KpiDefinition kpi && kpi.getCode() != null) {
                id = id + " (" + kpi.getCode() + ")";
            }
            ids.add(String.valueOf(id));
        }
        return String.join(", ", ids);
    }

    private static Object literal(String option, EEnum eEnum, String text) throws CommandException {
        String wanted = text.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            if (literal.getName().equals(wanted) || literal.getLiteral().equalsIgnoreCase(text.strip())) {
                return literal.getInstance();
            }
        }
        List<String> names = eEnum.getELiterals().stream().map(l -> l.getName().toLowerCase(Locale.ROOT)
                .replace('_', '-')).toList();
        throw new CommandException(option + ": '" + text + "' is not one of " + String.join(", ", names));
    }

    private static Boolean bool(String option, String value) throws CommandException {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1":
                return Boolean.TRUE;
            case "false", "no", "n", "0":
                return Boolean.FALSE;
            default:
                throw new CommandException(option + ": '" + value + "' is not true or false");
        }
    }

    private static String text(EStructuralFeature feature, String option, String text) throws CommandException {
        String value = text.strip();
        if (isDate(feature) && !value.isEmpty()) {
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandException(option + ": '" + text + "' is not a date like 2026-09-30");
            }
        }
        if (isPeriod(feature) && !value.isEmpty() && !PERIOD.matcher(value).matches()) {
            throw new CommandException(option + ": '" + text + "' is not a period like 2026-Q3 or 2026-09");
        }
        return value;
    }
}
