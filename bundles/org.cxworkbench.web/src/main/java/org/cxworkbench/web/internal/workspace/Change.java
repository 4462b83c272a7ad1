package org.cxworkbench.web.internal.workspace;

import java.time.Instant;

/**
 * One change of a strategy made through the web workbench (or noticed on disk): the version it produced,
 * when, by whom and what.
 *
 * @param version the strategy version after the change
 * @param time when the change was saved
 * @param user the name the user gave, or {@code someone}
 * @param summary what changed, e.g. {@code updated goal goal-3 (title, targetValue)}
 */
public record Change(long version, Instant time, String user, String summary) {
}
