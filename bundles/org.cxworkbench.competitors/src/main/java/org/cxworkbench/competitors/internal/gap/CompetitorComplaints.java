package org.cxworkbench.competitors.internal.gap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxworkbench.model.Competitor;
import org.cxworkbench.model.CompetitorFinding;
import org.cxworkbench.model.FindingKind;
import org.cxworkbench.model.Strategy;

/**
 * Finds what competitors' customers complain about in the research findings of step 4.
 * <ul>
 * <li><b>Waiting</b>: a mystery-shop request answered after {@value #SLOW_RESPONSE_HOURS} hours or more, or
 * a negative review or poor mystery shop (quality 1-2) that talks about waiting, holding, queues, delays or
 * reaching someone ({@link #WAITING_WORDS}).</li>
 * <li><b>Shared topics</b>: the other negative reviews and poor mystery shops, grouped by the significant
 * words that complaints about at least two different competitors share; words backed by the same findings
 * form one topic.</li>
 * </ul>
 */
public final class CompetitorComplaints {

    /** A mystery-shop response after this many hours (one day) or more counts as slow. */
    public static final double SLOW_RESPONSE_HOURS = 24.0;

    /** Stems of words that mean customers wait to reach someone. */
    static final Set<String> WAITING_WORDS = Set.of("wait", "hold", "queue", "queu", "delay", "callback",
            "response", "respond", "reply", "repli", "reach", "unanswer", "ignor");

    private CompetitorComplaints() {
    }

    /** The complaint themes of the strategy's findings: the waiting theme first (if any), then shared topics. */
    public static List<ComplaintTheme> themes(Strategy strategy) {
        List<CompetitorFinding> waiting = new ArrayList<>();
        Set<String> waitingWords = new LinkedHashSet<>();
        List<CompetitorFinding> others = new ArrayList<>();
        for (CompetitorFinding finding : strategy.getFindings()) {
            if (finding.getCompetitor() == null) {
                continue;
            }
            Set<String> words = SignificantWords.of(finding.getText());
            Set<String> aboutWaiting = new LinkedHashSet<>(words);
            aboutWaiting.retainAll(WAITING_WORDS);
            if (slowResponse(finding) || (complaint(finding) && !aboutWaiting.isEmpty())) {
                waiting.add(finding);
                waitingWords.addAll(complaint(finding) ? aboutWaiting : Set.of());
            } else if (complaint(finding)) {
                others.add(finding);
            }
        }
        List<ComplaintTheme> themes = new ArrayList<>();
        if (!waiting.isEmpty()) {
            themes.add(new ComplaintTheme(ComplaintTheme.Kind.WAITING, waitingWords, List.of(), waiting, competitors(waiting)));
        }
        themes.addAll(sharedTopics(others));
        return themes;
    }

    /** Whether a finding is a mystery-shop request answered slowly. */
    public static boolean slowResponse(CompetitorFinding finding) {
        return finding.getKind() == FindingKind.MYSTERY_SHOP && finding.isSetResponseHours()
                && finding.getResponseHours() >= SLOW_RESPONSE_HOURS;
    }

    /** Whether a finding is a complaint: a negative review, or a mystery shop of quality 1 or 2. */
    static boolean complaint(CompetitorFinding finding) {
        return finding.getKind() == FindingKind.NEGATIVE_REVIEW || (finding.getKind() == FindingKind.MYSTERY_SHOP
                && finding.isSetQuality() && finding.getQuality() <= 2);
    }

    private static List<ComplaintTheme> sharedTopics(List<CompetitorFinding> complaints) {
        Map<String, List<CompetitorFinding>> byWord = new LinkedHashMap<>();
        Map<String, String> surface = new LinkedHashMap<>();
        for (CompetitorFinding finding : complaints) {
            SignificantWords.forms(finding.getText()).forEach((stem, word) -> {
                byWord.computeIfAbsent(stem, w -> new ArrayList<>()).add(finding);
                surface.putIfAbsent(stem, word);
            });
        }
        Map<List<CompetitorFinding>, Set<String>> topics = new LinkedHashMap<>();
        byWord.forEach((word, findings) -> {
            if (competitors(findings).size() >= 2) {
                topics.computeIfAbsent(findings, f -> new LinkedHashSet<>()).add(word);
            }
        });
        List<ComplaintTheme> themes = new ArrayList<>();
        topics.forEach((findings, words) -> themes.add(new ComplaintTheme(ComplaintTheme.Kind.SHARED_TOPIC, words,
                words.stream().map(surface::get).toList(), findings, competitors(findings))));
        return themes;
    }

    private static List<Competitor> competitors(List<CompetitorFinding> findings) {
        Set<Competitor> competitors = new LinkedHashSet<>();
        findings.forEach(f -> competitors.add(f.getCompetitor()));
        return List.copyOf(competitors);
    }
}
