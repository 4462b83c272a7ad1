package org.cxworkbench.competitors.internal.entities;

import org.cxworkbench.model.Identified;

/** How messages name an element: {@code keyword keyword-3}, or {@code the new keyword} before it has an id. */
final class ElementLabel {

    private ElementLabel() {
    }

    static String of(String kind, Identified element) {
        return element.getId() == null || element.getId().isBlank() ? "the new " + kind : kind + " " + element.getId();
    }
}
