package org.cxworkbench.competitors.internal.gap;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.model.Channel;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.Touchpoint;

/**
 * Decides whether two SWOT items (typically one of a competitor and one of our own) are about the same part
 * of the customer experience. The tests, in this order, first hit wins:
 * <ol>
 * <li><b>same touchpoint</b>: both cite the same touchpoint as evidence;</li>
 * <li><b>same channel</b>: the channels of their evidence touchpoints overlap; a cited chatbot finding counts
 * as the chatbot channel and a cited social finding as the social channel;</li>
 * <li><b>shared significant words</b>: their texts share at least one {@link SignificantWords significant
 * word}.</li>
 * </ol>
 * The result depends only on the two items, so the analysis is deterministic.
 */
public final class SwotMatcher {

    private SwotMatcher() {
    }

    /** How the two items match, or empty when they are about different things. */
    public static Optional<SwotMatch> match(SwotItem first, SwotItem second) {
        for (Touchpoint touchpoint : first.getEvidenceTouchpoints()) {
            if (second.getEvidenceTouchpoints().contains(touchpoint)) {
                return Optional.of(new SwotMatch(SwotMatch.Basis.TOUCHPOINT, quoted(touchpoint.getName())));
            }
        }
        Set<Channel> channels = channels(first);
        channels.retainAll(channels(second));
        if (!channels.isEmpty()) {
            return Optional.of(new SwotMatch(SwotMatch.Basis.CHANNEL,
                    channels.stream().map(Channel::getLiteral).collect(Collectors.joining(", "))));
        }
        Set<String> words = SignificantWords.shared(SignificantWords.of(first.getText()),
                SignificantWords.of(second.getText()));
        if (!words.isEmpty()) {
            Map<String, String> forms = SignificantWords.forms(first.getText());
            return Optional.of(new SwotMatch(SwotMatch.Basis.WORDS,
                    words.stream().map(forms::get).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }

    /** The channels a SWOT item's evidence is on. */
    static Set<Channel> channels(SwotItem item) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        item.getEvidenceTouchpoints().forEach(t -> channels.add(t.getChannel()));
        for (CompetitorFinding finding : item.getEvidenceFindings()) {
            switch (finding.getKind()) {
                case CHATBOT -> channels.add(Channel.CHATBOT);
                case SOCIAL -> channels.add(Channel.SOCIAL);
                default -> {
                    // reviews, FAQs and mystery shops are not tied to one channel
                }
            }
        }
        return channels;
    }

    private static String quoted(String text) {
        return "\"" + (text == null ? "" : text) + "\"";
    }
}
