package org.cxworkbench.competitors.internal.gap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.CxStrategyFactory;
import org.cxworkbench.model.Opportunity;
import org.cxworkbench.model.OpportunitySource;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.model.SwotItem;
import org.cxworkbench.model.SwotQuadrant;
import org.cxworkbench.model.SwotSubject;

/**
 * The step-4 gap analysis. It crosses the competitor SWOT with our own:
 * <ul>
 * <li>each competitor weakness that {@link SwotMatcher matches} one of our strengths is an <b>advantage</b>
 * to press;</li>
 * <li>each competitor strength that matches one of our weaknesses is a <b>gap</b> to close;</li>
 * <li>each {@link CompetitorComplaints complaint theme} of competitors' customers (long waits to reach a
 * service rep, other topics several competitors' reviews share) is an opening in the market, linked to the
 * matching competitor weakness and to our own strength or weakness on the same topic when there is one.</li>
 * </ul>
 * Items are visited in file order, so the same strategy always gives the same proposals in the same order.
 */
public final class GapAnalysis {

    /** The opportunity status given to accepted proposals. */
    public static final String ACCEPTED_STATUS = "open";

    private static final int SHORT_TEXT = 60;

    private GapAnalysis() {
    }

    /** Every opportunity the analysis finds, recorded or not. */
    public static List<GapProposal> propose(Strategy strategy) {
        List<SwotItem> ours = strategy.getSwotItems().stream().filter(i -> i.getSubjectKind() == SwotSubject.OWN_CX).toList();
        List<SwotItem> theirs = strategy.getSwotItems().stream().filter(i -> i.getSubjectKind() == SwotSubject.COMPETITOR).toList();
        List<GapProposal> proposals = new ArrayList<>();
        for (SwotItem theirWeakness : quadrant(theirs, SwotQuadrant.WEAKNESS)) {
            for (SwotItem ourStrength : quadrant(ours, SwotQuadrant.STRENGTH)) {
                SwotMatcher.match(theirWeakness, ourStrength).ifPresent(m -> proposals.add(advantage(theirWeakness, ourStrength, m)));
            }
        }
        for (SwotItem theirStrength : quadrant(theirs, SwotQuadrant.STRENGTH)) {
            for (SwotItem ourWeakness : quadrant(ours, SwotQuadrant.WEAKNESS)) {
                SwotMatcher.match(theirStrength, ourWeakness).ifPresent(m -> proposals.add(gap(theirStrength, ourWeakness, m)));
            }
        }
        for (ComplaintTheme theme : CompetitorComplaints.themes(strategy)) {
            proposals.add(complaint(strategy, theme, ours, theirs));
        }
        return proposals;
    }

    /** The opportunity that already records a proposal, if any. */
    public static Optional<Opportunity> recorded(Strategy strategy, GapProposal proposal) {
        return strategy.getOpportunities().stream().filter(proposal::recordedBy).findFirst();
    }

    /**
     * Adds an opportunity (source {@link OpportunitySource#COMPETITOR_GAP}, status {@value #ACCEPTED_STATUS})
     * for every proposal not recorded yet.
     *
     * @return the opportunities added, in proposal order
     */
    public static List<Opportunity> accept(Strategy strategy, List<GapProposal> proposals) {
        List<Opportunity> added = new ArrayList<>();
        for (GapProposal proposal : proposals) {
            if (recorded(strategy, proposal).isPresent()) {
                continue;
            }
            Opportunity opportunity = CxStrategyFactory.eINSTANCE.createOpportunity();
            opportunity.setName(proposal.name());
            opportunity.setDescription(proposal.description());
            opportunity.setSource(OpportunitySource.COMPETITOR_GAP);
            opportunity.setStatus(ACCEPTED_STATUS);
            opportunity.setTheirWeakness(proposal.theirWeakness());
            opportunity.setOurStrength(proposal.ourStrength());
            opportunity.setTheirStrength(proposal.theirStrength());
            opportunity.setOurWeakness(proposal.ourWeakness());
            strategy.getOpportunities().add(opportunity);
            added.add(opportunity);
        }
        return added;
    }

    private static List<SwotItem> quadrant(List<SwotItem> items, SwotQuadrant quadrant) {
        return items.stream().filter(i -> i.getQuadrant() == quadrant).toList();
    }

    private static GapProposal advantage(SwotItem theirWeakness, SwotItem ourStrength, SwotMatch match) {
        String competitor = competitorName(theirWeakness);
        String name = "Press our advantage over " + competitor + ": " + shorten(ourStrength.getText());
        String description = competitor + " is weak where we are strong (" + match.explanation() + "). Their weakness: \""
                + theirWeakness.getText() + "\". Our strength: \"" + ourStrength.getText() + "\". Show customers this "
                + "difference where they compare us, and keep it ahead.";
        return new GapProposal(GapProposal.Kind.ADVANTAGE, name, description, match.explanation(), theirWeakness,
                ourStrength, null, null);
    }

    private static GapProposal gap(SwotItem theirStrength, SwotItem ourWeakness, SwotMatch match) {
        String competitor = competitorName(theirStrength);
        String name = "Close the gap to " + competitor + ": " + shorten(ourWeakness.getText());
        String description = competitor + " is strong where we are weak (" + match.explanation() + "). Their strength: \""
                + theirStrength.getText() + "\". Our weakness: \"" + ourWeakness.getText() + "\". Fix it before "
                + "customers take their business to " + competitor + ".";
        return new GapProposal(GapProposal.Kind.GAP, name, description, match.explanation(), null, null, theirStrength,
                ourWeakness);
    }

    private static GapProposal complaint(Strategy strategy, ComplaintTheme theme, List<SwotItem> ours, List<SwotItem> theirs) {
        Set<String> topic = theme.kind() == ComplaintTheme.Kind.WAITING ? CompetitorComplaints.WAITING_WORDS : theme.words();
        SwotItem theirWeakness = theirWeakness(theme, topic, quadrant(theirs, SwotQuadrant.WEAKNESS)).orElse(null);
        SwotItem ourStrength = onTopic(quadrant(ours, SwotQuadrant.STRENGTH), topic).orElse(null);
        SwotItem ourWeakness = onTopic(quadrant(ours, SwotQuadrant.WEAKNESS), topic).orElse(null);
        String who = competitorList(strategy, theme.competitors());
        String evidence = theme.findings().stream().map(GapAnalysis::evidence).collect(Collectors.joining("; "));
        StringBuilder description = new StringBuilder();
        String name;
        String basis;
        if (theme.kind() == ComplaintTheme.Kind.WAITING) {
            name = "Chatbot that takes details and has an agent call back";
            basis = "customers of " + who + " wait to reach a service rep";
            description.append("Customers of ").append(who).append(" wait too long to reach a service rep (").append(evidence)
                    .append("). Easy win: put a chatbot on our site that takes the customer's details and has an agent "
                            + "call them back, without the wait.");
        } else {
            String words = theme.label().stream().limit(3).collect(Collectors.joining(", "));
            name = "Do better than competitors on " + words;
            basis = "complaints about " + who + " share: " + String.join(", ", theme.label());
            description.append("Customers of ").append(who).append(" complain about ").append(words).append(" (")
                    .append(evidence).append("). Make this part of our experience visibly better and say so where "
                            + "customers compare.");
        }
        if (ourWeakness != null) {
            description.append(" We have the same weakness (\"").append(ourWeakness.getText()).append("\"): fix it first.");
        } else if (ourStrength != null) {
            description.append(" It plays to our strength \"").append(ourStrength.getText()).append("\".");
        }
        return new GapProposal(GapProposal.Kind.COMPLAINT, name, description.toString(), basis, theirWeakness,
                ourWeakness == null ? ourStrength : null, null, ourWeakness);
    }

    /** A competitor weakness that cites one of the theme's findings, else one on the same topic. */
    private static Optional<SwotItem> theirWeakness(ComplaintTheme theme, Set<String> topic, List<SwotItem> weaknesses) {
        List<SwotItem> concerned = weaknesses.stream().filter(w -> theme.competitors().contains(w.getCompetitor())).toList();
        for (SwotItem weakness : concerned) {
            if (weakness.getEvidenceFindings().stream().anyMatch(theme.findings()::contains)) {
                return Optional.of(weakness);
            }
        }
        return onTopic(concerned, topic);
    }

    private static Optional<SwotItem> onTopic(List<SwotItem> items, Set<String> topic) {
        return items.stream().filter(i -> !SignificantWords.shared(SignificantWords.of(i.getText()), topic).isEmpty())
                .findFirst();
    }

    private static String evidence(CompetitorFinding finding) {
        String competitor = finding.getCompetitor().getName();
        if (CompetitorComplaints.slowResponse(finding)) {
            return competitor + " answered a mystery-shop request after " + hours(finding.getResponseHours()) + " h";
        }
        return competitor + ": \"" + shorten(finding.getText()) + "\"";
    }

    private static String competitorList(Strategy strategy, List<Competitor> competitors) {
        String names = names(competitors.stream().map(Competitor::getName).toList());
        if (competitors.size() >= 2 && new LinkedHashSet<>(competitors).containsAll(strategy.getCompetitors())) {
            return (competitors.size() == 2 ? "both" : "all " + competitors.size()) + " competitors (" + names + ")";
        }
        return names;
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    private static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String competitorName(SwotItem item) {
        return item.getCompetitor() == null || item.getCompetitor().getName() == null ? "a competitor"
                : item.getCompetitor().getName();
    }

    private static String hours(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours);
    }

    /** The text cut at a word boundary to about {@value #SHORT_TEXT} characters. */
    static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (stripped.length() <= SHORT_TEXT) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', SHORT_TEXT);
        return stripped.substring(0, cut > 20 ? cut : SHORT_TEXT) + "...";
    }
}
