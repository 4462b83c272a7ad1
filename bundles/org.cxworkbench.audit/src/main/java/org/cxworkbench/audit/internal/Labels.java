package org.cxworkbench.audit.internal;

import org.cxworkbench.model.Touchpoint;

/** How touchpoints are named in messages: {@code touchpoint-3 'Phone support'}. */
final class Labels {

    private Labels() {
    }

    static String of(Touchpoint touchpoint) {
        return touchpoint.getName() == null ? touchpoint.getId() : touchpoint.getId() + " '" + touchpoint.getName() + "'";
    }
}
