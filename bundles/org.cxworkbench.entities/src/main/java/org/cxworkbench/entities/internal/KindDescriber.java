package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.api.entity.FieldDescription;
import org.cxworkbench.api.entity.KindDescription;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Describes an {@link EntityKind} for forms: its editable fields with their value types and choices. */
final class KindDescriber {

    private KindDescriber() {
    }

    static KindDescription describe(EntityKind kind, List<EntityKind> all) {
        List<FieldDescription> fields = new ArrayList<>();
        for (EStructuralFeature feature : FeatureOptions.editable(kind)) {
            fields.add(field(feature, all));
        }
        Map<String, String> parents = new LinkedHashMap<>();
        kind.parentOptions().forEach((option, reference) ->
                parents.put(option.substring(2), nounOf(reference.getEContainingClass(), all)));
        List<String> columns = kind.listColumns().stream().map(EStructuralFeature::getName).toList();
        return new KindDescription(kind.noun(), kind.eClass().getName(), kind.step().number(), fields, parents,
                kind.defaultContainer() == null, columns);
    }

    private static FieldDescription field(EStructuralFeature feature, List<EntityKind> all) {
        boolean required = feature.getLowerBound() > 0 || feature.getName().equals("name");
        if (feature instanceof EReference reference) {
            EClass type = reference.getEReferenceType();
            return new FieldDescription(feature.getName(), "reference", feature.isMany(), required, List.of(),
                    type.getName(), nounOf(type, all));
        }
        if (feature.getEType() instanceof EEnum eEnum) {
            List<String> choices = eEnum.getELiterals().stream()
                    .map(l -> l.getName().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            return new FieldDescription(feature.getName(), "choice", feature.isMany(), required, choices, null, null);
        }
        return new FieldDescription(feature.getName(), valueType(feature), feature.isMany(), required, List.of(),
                null, null);
    }

    private static String valueType(EStructuralFeature feature) {
        String type = String.valueOf(feature.getEType().getInstanceClassName());
        switch (type) {
            case "int", "java.lang.Integer", "long", "java.lang.Long":
                return "integer";
            case "double", "java.lang.Double":
                return "number";
            case "boolean", "java.lang.Boolean":
                return "boolean";
            default:
                return ValueParser.isDate(feature) ? "date" : ValueParser.isPeriod(feature) ? "period" : "text";
        }
    }

    /** The noun of the kind editing elements of {@code type} (exact class first, then a subclass). */
    private static String nounOf(EClass type, List<EntityKind> all) {
        for (EntityKind kind : all) {
            if (kind.eClass() == type) {
                return kind.noun();
            }
        }
        for (EntityKind kind : all) {
            if (type.isSuperTypeOf(kind.eClass())) {
                return kind.noun();
            }
        }
        return null;
    }
}
