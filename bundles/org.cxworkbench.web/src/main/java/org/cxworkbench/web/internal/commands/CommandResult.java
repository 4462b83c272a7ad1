package org.cxworkbench.web.internal.commands;

/**
 * What a command run for the web answered.
 *
 * @param exitCode 0 success, 1 validation failure (the command ran and found problems)
 * @param value what it printed as JSON, or {@code null}
 * @param text what it printed as text (warnings), possibly empty
 */
public record CommandResult(int exitCode, Object value, String text) {
}
