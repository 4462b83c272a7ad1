package org.cxworkbench.competitors.internal.gap;

import java.util.Objects;

import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.OpportunitySource;
import org.cxworkbench.model.SwotItem;

/**
 * An opportunity the gap analysis proposes.
 *
 * @param kind how it was found
 * @param name what to do, in a few words
 * @param description why and what to do, with the evidence
 * @param basis why the SWOT items were paired, or the complaint evidence, for the user
 * @param theirWeakness the competitor weakness, or {@code null}
 * @param ourStrength our strength, or {@code null}
 * @param theirStrength the competitor strength, or {@code null}
 * @param ourWeakness our weakness, or {@code null}
 */
public record GapProposal(Kind kind, String name, String description, String basis, SwotItem theirWeakness,
        SwotItem ourStrength, SwotItem theirStrength, SwotItem ourWeakness) {

    /** How a proposal was found. */
    public enum Kind {
        /** A competitor weakness meets our strength: an advantage to press. */
        ADVANTAGE,
        /** A competitor strength meets our weakness: a gap to close. */
        GAP,
        /** Competitors' customers complain about something: an opening in the market. */
        COMPLAINT;

        /** The lower-case label shown to users. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Whether an existing opportunity already records this proposal: an advantage or a gap is recorded by an
     * opportunity that links the same pair of SWOT items; a complaint by an opportunity from a competitor gap
     * with the same name (ignoring case), whatever it links, so adding SWOT items later does not duplicate it.
     */
    public boolean recordedBy(Opportunity opportunity) {
        return switch (kind) {
            case ADVANTAGE -> opportunity.getTheirWeakness() == theirWeakness && opportunity.getOurStrength() == ourStrength;
            case GAP -> opportunity.getTheirStrength() == theirStrength && opportunity.getOurWeakness() == ourWeakness;
            case COMPLAINT -> opportunity.getSource() == OpportunitySource.COMPETITOR_GAP
                    && Objects.equals(normalise(opportunity.getName()), normalise(name));
        };
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
