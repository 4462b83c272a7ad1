package org.cxworkbench.entities.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxworkbench.model.Identified;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Named;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Shows model elements as JSON-ready maps and as short text. */
final class ElementView {

    private ElementView() {
    }

    /** Every set feature of the element: attributes as values, references as ids, contents nested. */
    static Map<String, Object> toMap(EObject element) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", element.eClass().getName());
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || !element.eIsSet(feature)) {
                continue;
            }
            if (feature instanceof EReference reference && reference.isContainer()) {
                continue;
            }
            Object value = element.eGet(feature);
            map.put(feature.getName(), convert(feature, value));
        }
        return map;
    }

    private static Object convert(EStructuralFeature feature, Object value) {
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            for (Object item : list) {
                items.add(convertOne(feature, item));
            }
            return items;
        }
        return convertOne(feature, value);
    }

    private static Object convertOne(EStructuralFeature feature, Object value) {
        if (feature instanceof EReference reference) {
            EObject target = (EObject) value;
            return reference.isContainment() ? toMap(target) : idOf(target);
        }
        if (value instanceof Enumerator enumerator) {
            return enumerator.getName();
        }
        return value;
    }

    /** The id of an element, or its class name if it has none. */
    static String idOf(EObject element) {
        if (element instanceof Identified identified && identified.getId() != null) {
            return identified.getId();
        }
        return element.eClass().getName();
    }

    /** A short label: id plus name or KPI code. */
    static String label(EObject element) {
        String id = idOf(element);
        if (element instanceof KpiDefinition kpi && kpi.getCode() != null) {
            return id + " (" + kpi.getCode() + ")";
        }
        if (element instanceof Named named && named.getName() != null) {
            return id + " (" + named.getName() + ")";
        }
        return id;
    }

    /** A feature's value as one line of text; a default value (e.g. status PLANNED) is shown too. */
    static String text(EObject element, EStructuralFeature feature) {
        if (!element.eIsSet(feature) && (feature.isUnsettable() || feature.isMany()
                || feature instanceof EReference || feature.getDefaultValue() == null)) {
            return "";
        }
        Object value = element.eGet(feature);
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(textOne(feature, item));
            }
            return String.join("; ", items);
        }
        return textOne(feature, value);
    }

    private static String textOne(EStructuralFeature feature, Object value) {
        if (value instanceof EObject target) {
            return feature instanceof EReference reference && reference.isContainment()
                    ? label(target) : idOf(target);
        }
        if (value instanceof Enumerator enumerator) {
            return enumerator.getName().toLowerCase().replace('_', '-');
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}
