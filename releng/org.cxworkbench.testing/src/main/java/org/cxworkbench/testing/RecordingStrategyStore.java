package org.cxworkbench.testing;

import java.nio.file.Path;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.cxworkbench.model.Strategy;

/**
 * The real strategy store ({@link TestStore#create()}) with what tests need on top: it counts saves, saves a
 * strategy built in code to a file in one call, and reloads a file as a later command run would see it.
 */
public final class RecordingStrategyStore implements StrategyStore {

    private final StrategyStore store = TestStore.create();
    private int saves;

    /** How many times a strategy was saved through this store ({@code save}, {@code saveAs}, {@code write}). */
    public int saves() {
        return saves;
    }

    /** Saves a strategy built in code to {@code file} and returns the file. */
    public Path write(Strategy strategy, Path file) throws StrategyFileException {
        saveAs(strategy, file);
        return file;
    }

    /** A fresh copy of the file's strategy, loaded from disk. */
    public Strategy reload(Path file) throws StrategyFileException {
        return store.load(file);
    }

    @Override
    public Strategy load(Path file) throws StrategyFileException {
        return store.load(file);
    }

    @Override
    public Strategy create(Path file, String name) throws StrategyFileException {
        Strategy strategy = store.create(file, name);
        saves++;
        return strategy;
    }

    @Override
    public void save(Strategy strategy) throws StrategyFileException {
        store.save(strategy);
        saves++;
    }

    @Override
    public void saveAs(Strategy strategy, Path file) throws StrategyFileException {
        store.saveAs(strategy, file);
        saves++;
    }

    @Override
    public Path fileOf(Strategy strategy) {
        return store.fileOf(strategy);
    }

    @Override
    public void assignIds(Strategy strategy) {
        store.assignIds(strategy);
    }
}
