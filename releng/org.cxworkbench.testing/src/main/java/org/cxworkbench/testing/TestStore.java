package org.cxworkbench.testing;

import org.cxworkbench.api.store.StrategyStore;

/** The real {@link StrategyStore} of the store bundle, for unit tests outside OSGi. */
public final class TestStore {

    private TestStore() {
    }

    /** A new store: secure XMI loading, atomic saves, readable ids, as in the product. */
    public static StrategyStore create() {
        return new org.cxworkbench.store.internal.XmiStrategyStore();
    }
}
