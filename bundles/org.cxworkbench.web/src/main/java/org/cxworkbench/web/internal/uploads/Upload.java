package org.cxworkbench.web.internal.uploads;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A survey export uploaded for one strategy, waiting in the private temporary folder to be imported.
 *
 * @param id the random upload id
 * @param strategyId the strategy it was uploaded for; only imports into that strategy may use it
 * @param name the sanitised file name (kept, so the import record names the file as the user knows it)
 * @param file where it is stored
 * @param size its size in bytes
 * @param created when it was uploaded
 */
public record Upload(String id, String strategyId, String name, Path file, long size, Instant created) {
}
