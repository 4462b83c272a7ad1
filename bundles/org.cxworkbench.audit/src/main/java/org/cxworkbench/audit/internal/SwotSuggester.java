package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.TouchpointNote;

/**
 * Derives the SWOT of the own customer experience from the touchpoint audit:
 * <ul>
 * <li>strengths: touchpoints whose latest rating is at least {@value #STRENGTH_MIN} of 5;</li>
 * <li>weaknesses: touchpoints whose latest rating is at most {@value #WEAKNESS_MAX}, or with frequent pain points
 * (a pain-point note seen at least the threshold number of times, or {@value #SEVERAL_PAIN_POINTS} or more pain-point
 * notes);</li>
 * <li>opportunities: every OPPORTUNITY note; threats: every THREAT note.</li>
 * </ul>
 */
final class SwotSuggester {

    static final double STRENGTH_MIN = 4.0;
    static final double WEAKNESS_MAX = 2.5;
    static final int SEVERAL_PAIN_POINTS = 3;
    static final int DEFAULT_PAIN_FREQUENCY = 5;

    private final int painFrequency;

    /** @param painFrequency how often a pain point must have been seen to make its touchpoint a weakness */
    SwotSuggester(int painFrequency) {
        this.painFrequency = painFrequency;
    }

    /** Every suggestion, strengths first, then weaknesses, opportunities and threats. */
    List<SwotSuggestion> suggest(AuditInventory inventory) {
        List<SwotSuggestion> strengths = new ArrayList<>();
        List<SwotSuggestion> weaknesses = new ArrayList<>();
        List<SwotSuggestion> opportunities = new ArrayList<>();
        List<SwotSuggestion> threats = new ArrayList<>();
        for (TouchpointAudit audit : inventory.touchpoints()) {
            double latest = audit.latestRating();
            String rating = Double.isNaN(latest) ? null
                    : "rated " + RatingScale.format(latest) + " of 5 in " + audit.latestPeriod();
            if (!Double.isNaN(latest) && latest >= STRENGTH_MIN) {
                String works = noteTexts(audit.notes(NoteKind.WORKS_WELL));
                strengths.add(new SwotSuggestion(SwotQuadrant.STRENGTH, audit.name() + ": " + rating
                        + (works.isEmpty() ? "" : "; works well: " + works), List.of(audit.touchpoint()),
                        "latest rating " + RatingScale.format(latest) + " >= " + RatingScale.format(STRENGTH_MIN), null));
            }
            List<TouchpointNote> frequent = frequentPainPoints(audit);
            boolean poor = !Double.isNaN(latest) && latest <= WEAKNESS_MAX;
            if (poor || !frequent.isEmpty()) {
                List<String> parts = new ArrayList<>();
                List<String> why = new ArrayList<>();
                if (poor) {
                    parts.add(rating);
                    why.add("latest rating " + RatingScale.format(latest) + " <= " + RatingScale.format(WEAKNESS_MAX));
                }
                if (!frequent.isEmpty()) {
                    parts.add("pain points: " + noteTexts(frequent));
                    why.add(audit.count(NoteKind.PAIN_POINT) >= SEVERAL_PAIN_POINTS
                            ? audit.count(NoteKind.PAIN_POINT) + " pain points noted"
                            : "pain point seen at least " + painFrequency + " times");
                }
                weaknesses.add(new SwotSuggestion(SwotQuadrant.WEAKNESS, audit.name() + ": " + String.join("; ", parts),
                        List.of(audit.touchpoint()), String.join(", ", why), null));
            }
            for (TouchpointNote note : audit.notes(NoteKind.OPPORTUNITY)) {
                opportunities.add(fromNote(SwotQuadrant.OPPORTUNITY, audit, note));
            }
            for (TouchpointNote note : audit.notes(NoteKind.THREAT)) {
                threats.add(fromNote(SwotQuadrant.THREAT, audit, note));
            }
        }
        List<SwotSuggestion> all = new ArrayList<>(strengths);
        all.addAll(weaknesses);
        all.addAll(opportunities);
        all.addAll(threats);
        return all;
    }

    /** The pain points that make a touchpoint a weakness: all of them when there are several, else the frequent ones. */
    private List<TouchpointNote> frequentPainPoints(TouchpointAudit audit) {
        List<TouchpointNote> pains = audit.notes(NoteKind.PAIN_POINT);
        if (pains.size() >= SEVERAL_PAIN_POINTS) {
            return pains;
        }
        return pains.stream().filter(n -> n.isSetFrequency() && n.getFrequency() >= painFrequency).toList();
    }

    private static SwotSuggestion fromNote(SwotQuadrant quadrant, TouchpointAudit audit, TouchpointNote note) {
        String text = note.getText() == null ? "" : note.getText().strip();
        return new SwotSuggestion(quadrant, audit.name() + ": " + text, List.of(audit.touchpoint()),
                note.getKind().getName().toLowerCase().replace('_', ' ') + " note " + note.getId(), text);
    }

    private static String noteTexts(List<TouchpointNote> notes) {
        return notes.stream().map(n -> (n.getText() == null ? "" : n.getText().strip())
                + (n.isSetFrequency() ? " (seen " + n.getFrequency() + " times)" : "")).collect(Collectors.joining(", "));
    }

    /** The suggestions no existing item already covers. */
    static List<SwotSuggestion> newOnly(Strategy strategy, List<SwotSuggestion> suggestions) {
        List<SwotSuggestion> fresh = new ArrayList<>();
        for (SwotSuggestion suggestion : suggestions) {
            boolean present = false;
            for (SwotItem item : strategy.getSwotItems()) {
                present |= suggestion.matches(item);
            }
            for (SwotSuggestion earlier : fresh) {
                present |= earlier.quadrant() == suggestion.quadrant() && earlier.text().equals(suggestion.text());
            }
            if (!present) {
                fresh.add(suggestion);
            }
        }
        return fresh;
    }
}
