package org.cxworkbench.audit.internal;

import org.cxworkbench.model.Strategy;

/** "If you're not an entirely new business": a new business has no customer experience to audit yet. */
final class NewBusiness {

    private NewBusiness() {
    }

    static boolean is(Strategy strategy) {
        return strategy.getOrganisation() != null && strategy.getOrganisation().isNewBusiness();
    }
}
