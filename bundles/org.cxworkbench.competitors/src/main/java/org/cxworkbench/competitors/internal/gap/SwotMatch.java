package org.cxworkbench.competitors.internal.gap;

/**
 * Why two SWOT items are about the same thing.
 *
 * @param basis what they share: a touchpoint, a channel or significant words
 * @param detail the shared touchpoint name, channel or words, for the user
 */
public record SwotMatch(Basis basis, String detail) {

    /** What two SWOT items share, strongest first. */
    public enum Basis {
        TOUCHPOINT, CHANNEL, WORDS
    }

    /** A phrase for the user, e.g. {@code same touchpoint "Web chat"}. */
    public String explanation() {
        return switch (basis) {
            case TOUCHPOINT -> "same touchpoint " + detail;
            case CHANNEL -> "same channel " + detail;
            case WORDS -> "shared words: " + detail;
        };
    }
}
