package org.cxworkbench.api.entity;

import java.util.List;
import java.util.Map;

/**
 * What a front end needs to show and edit the elements of one {@link EntityKind}.
 *
 * @param noun the noun, e.g. {@code goal}
 * @param type the EClass name, e.g. {@code Goal}
 * @param step the workflow step number, 1 to 9
 * @param fields the editable fields, in model order
 * @param parents parent option name (without dashes, e.g. {@code journey}) to the noun of the parent kind
 *        ({@code null} if no kind edits that parent)
 * @param parentRequired whether a parent must be given to add an element
 * @param columns the field names a list shows, in order (the id comes first and is not listed)
 * @since 1.1
 */
public record KindDescription(String noun, String type, int step, List<FieldDescription> fields,
        Map<String, String> parents, boolean parentRequired, List<String> columns) {

    public KindDescription {
        fields = List.copyOf(fields);
        parents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parents));
        columns = List.copyOf(columns);
    }
}
