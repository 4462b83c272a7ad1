package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.List;

import org.cxworkbench.api.entity.EntityKind;
import org.cxworkbench.model.CxStrategyPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Maps model features to command-line options: {@code targetChange} is {@code --target-change}. */
final class FeatureOptions {

    private FeatureOptions() {
    }

    /** The option name of a feature. */
    static String optionOf(EStructuralFeature feature) {
        StringBuilder out = new StringBuilder("--");
        String name = feature.getName();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The features users can set on elements of this kind, in model order. */
    static List<EStructuralFeature> editable(EntityKind kind) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : kind.eClass().getEAllStructuralFeatures()) {
            if (feature == CxStrategyPackage.Literals.IDENTIFIED__ID || feature.isDerived() || feature.isTransient()
                    || !feature.isChangeable() || kind.readOnly().contains(feature)) {
                continue;
            }
            if (feature instanceof EReference reference
                    && (reference.isContainment() || reference.isContainer())) {
                continue;
            }
            features.add(feature);
        }
        return features;
    }

    /** A short description of the values a feature takes, for help texts. */
    static String valueName(EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            return reference.getEReferenceType().getName().toUpperCase() + "_ID";
        }
        String type = feature.getEType().getInstanceClassName();
        if (feature.getEType() instanceof org.eclipse.emf.ecore.EEnum) {
            return "VALUE";
        }
        if (type == null) {
            return "TEXT";
        }
        switch (type) {
            case "int", "java.lang.Integer", "long", "java.lang.Long":
                return "N";
            case "double", "java.lang.Double":
                return "NUMBER";
            case "boolean", "java.lang.Boolean":
                return "true|false";
            default:
                return ValueParser.isDate(feature) ? "yyyy-MM-dd" : ValueParser.isPeriod(feature) ? "PERIOD" : "TEXT";
        }
    }
}
