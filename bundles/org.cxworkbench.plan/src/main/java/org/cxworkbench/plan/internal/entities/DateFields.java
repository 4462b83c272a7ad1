package org.cxworkbench.plan.internal.entities;

import org.cxworkbench.model.Identified;
import org.cxworkbench.plan.api.IsoDate;

/** Refuses dates that are not {@code yyyy-MM-dd}, naming the element and the field. */
final class DateFields {

    private DateFields() {
    }

    static void requireIsoDate(Identified element, String field, String value) {
        if (!IsoDate.isBlankOrValid(value)) {
            throw new IllegalArgumentException(element.getId() + ": " + field + " '" + value
                    + "' is not a date like 2026-07-01 (yyyy-MM-dd)");
        }
    }
}
