package org.cxworkbench.api.store;

import java.nio.file.Path;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Loads and saves strategy files ({@code .cxs}, XMI in UTF-8).
 *
 * <p>Saves are atomic: the new content is written to a temporary file beside the target, flushed to
 * disk and renamed over it; the previous version is kept as {@code FILE.bak}. Two saves of the same
 * content are byte-identical. Elements without an id get a stable, readable one ({@code goal-3}) on save.
 */
@ProviderType
public interface StrategyStore {

    /** File name extension of strategy files, without the dot. */
    String EXTENSION = "cxs";

    /**
     * Loads a strategy file.
     *
     * @throws StrategyFileException naming the file, line and problem if the file is missing, not
     *         well-formed, uses a DTD or external entity, or is not a CX strategy
     */
    Strategy load(Path file) throws StrategyFileException;

    /** Creates an empty strategy named {@code name} and saves it; refuses to overwrite an existing file. */
    Strategy create(Path file, String name) throws StrategyFileException;

    /** Saves the strategy atomically to the file it was loaded from or created at. */
    void save(Strategy strategy) throws StrategyFileException;

    /** Saves the strategy atomically to {@code file}, which becomes its file from now on. */
    void saveAs(Strategy strategy, Path file) throws StrategyFileException;

    /** The file a strategy was loaded from or last saved to. */
    Path fileOf(Strategy strategy);

    /**
     * Gives every element that has no id yet a new one of the form {@code prefix-N}, where the prefix
     * is derived from its class ({@code Goal} gives {@code goal}) and N is the next free number.
     */
    void assignIds(Strategy strategy);
}
