package org.cxworkbench.api.entity;

import java.util.List;

/**
 * One editable field of a {@link KindDescription}.
 *
 * @param name the feature name, e.g. {@code targetChange}
 * @param valueType one of {@code text}, {@code integer}, {@code number}, {@code boolean}, {@code date}
 *        ({@code yyyy-MM-dd}), {@code period} ({@code 2026-Q3} or {@code 2026-09}), {@code choice} (one of
 *        {@link #choices}) or {@code reference} (an id of {@link #referenceType})
 * @param many whether the field holds a list
 * @param required whether a value must be given when adding
 * @param choices the allowed values of a {@code choice} field, as typed (lower case, dashes)
 * @param referenceType the EClass name a {@code reference} points to, else {@code null}
 * @param referenceNoun the noun of the kind that edits the referenced elements, or {@code null}
 * @since 1.1
 */
public record FieldDescription(String name, String valueType, boolean many, boolean required,
        List<String> choices, String referenceType, String referenceNoun) {

    public FieldDescription {
        choices = List.copyOf(choices);
    }
}
