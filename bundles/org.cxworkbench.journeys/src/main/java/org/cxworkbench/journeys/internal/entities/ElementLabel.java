package org.cxworkbench.journeys.internal.entities;

import org.cxworkbench.model.Identified;

/** How messages name an element: {@code stage journey-stage-3}, or {@code the new stage} before it has an id. */
final class ElementLabel {

    private ElementLabel() {
    }

    static String of(String kind, Identified element) {
        return element.getId() == null || element.getId().isBlank() ? "the new " + kind : kind + " " + element.getId();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
