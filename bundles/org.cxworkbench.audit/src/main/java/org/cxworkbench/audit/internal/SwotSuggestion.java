package org.cxworkbench.audit.internal;

import java.util.List;
import java.util.Locale;

import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;
import org.cxworkbench.model.Touchpoint;

/**
 * A SWOT item of the own customer experience derived from the audit, with the touchpoints that are its evidence.
 *
 * @param quadrant strength, weakness, opportunity or threat
 * @param text the item as it would be added
 * @param evidence the touchpoints it rests on
 * @param why the audit facts behind it, e.g. "latest rating 4.5 >= 4.0"
 * @param noteText the audit note the item repeats, or {@code null} for items derived from ratings
 */
record SwotSuggestion(SwotQuadrant quadrant, String text, List<Touchpoint> evidence, String why, String noteText) {

    /**
     * Whether an existing own-CX item of the same quadrant already says this: one with the same text; for a strength
     * or weakness judged from a touchpoint's ratings and pain points, any item that cites the touchpoint as evidence
     * (ratings change between runs, the judgement stays, and a team's own wording counts); for an item repeating an
     * audit note, one that contains the note's text.
     */
    boolean matches(SwotItem item) {
        if (item.getQuadrant() != quadrant || item.getSubjectKind() != SwotSubject.OWN_CX) {
            return false;
        }
        if (normalise(item.getText()).equals(normalise(text))) {
            return true;
        }
        if (noteText == null) {
            return item.getEvidenceTouchpoints().containsAll(evidence);
        }
        return normalise(item.getText()).contains(normalise(noteText));
    }

    /** A new model item for this suggestion, marked as suggested. */
    SwotItem toItem() {
        SwotItem item = CxStrategyFactory.eINSTANCE.createSwotItem();
        item.setQuadrant(quadrant);
        item.setSubjectKind(SwotSubject.OWN_CX);
        item.setText(text);
        item.getEvidenceTouchpoints().addAll(evidence);
        item.setSuggested(true);
        return item;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
