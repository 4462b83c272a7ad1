package org.cxworkbench.store.internal;

import java.nio.file.Path;

import org.cxworkbench.model.Strategy;

/**
 * Saves a large strategy over and over, alternating its content, until killed. Started as a separate JVM
 * by {@link KilledSaveTest}; prints "ready" after the first save.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        XmiStrategyStore store = new XmiStrategyStore();
        Strategy strategy = StrategyFixture.acmeLike(3000);
        store.saveAs(strategy, file);
        System.out.println("ready");
        System.out.flush();
        for (int i = 0; ; i++) {
            strategy.setName("Version " + i);
            store.save(strategy);
        }
    }
}
