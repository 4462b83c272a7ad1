package org.cxworkbench.api.report;

/**
 * A piece of a report section: renderers know every kind of block and draw each in their format.
 * Blocks carry data (text, numbers, series), never format-specific objects.
 */
public sealed interface Block permits Heading, Paragraph, BulletList, KeyFigures, Table, Chart, Notice {
}
