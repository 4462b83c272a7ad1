package org.cxworkbench.competitors.internal.gap;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a text that say what it is about, for matching SWOT items and complaints deterministically:
 * lower-cased runs of letters and digits, lightly stemmed ({@code waits}, {@code waiting} and {@code waited}
 * all give {@code wait}; {@code deliveries} gives {@code delivery}), without English function words,
 * without words every CX text uses ({@code customer}, {@code service}, {@code experience} ...) and without
 * judgement words ({@code fast}, {@code slow}, {@code good}, {@code poor} ...): a strength and a weakness
 * about the same topic use opposite judgements, so only the topic counts. Words shorter than three letters
 * after stemming are dropped.
 */
public final class SignificantWords {

    private static final Set<String> IGNORED = Set.of(
            // function words
            "the", "and", "for", "are", "but", "not", "you", "your", "our", "ours", "their", "theirs", "they",
            "them", "its", "with", "from", "that", "this", "these", "those", "have", "has", "had", "was", "were",
            "will", "would", "can", "could", "should", "about", "into", "onto", "over", "under", "than", "then",
            "when", "what", "which", "who", "whom", "where", "why", "how", "all", "any", "some", "more", "most",
            "less", "least", "very", "too", "also", "just", "only", "even", "there", "here", "out", "off", "per",
            "via", "get", "got", "does", "did", "doe", "done", "been", "being", "each", "every", "other", "own",
            "one", "two", "three", "same", "such", "after", "before", "while", "during", "without", "within", "because",
            // words every CX text uses
            "customer", "client", "service", "experience", "company", "business", "brand", "competitor",
            "product", "people", "user", "often", "always", "never", "many", "much", "lot", "lots",
            // judgement words: a strength and a weakness on one topic differ exactly in these
            "good", "great", "excellent", "best", "better", "bad", "poor", "worse", "worst", "fast", "faster",
            "quick", "quickly", "slow", "slower", "slowly", "long", "longer", "short", "shorter", "easy", "easier",
            "hard", "harder", "difficult", "high", "higher", "low", "lower", "nice", "strong", "weak", "lack",
            "lacking", "missing", "no", "none", "few", "little", "complain", "complaint", "review", "strength",
            "weakness", "problem", "issue");

    private SignificantWords() {
    }

    /** The significant words (stems) of {@code text}, in order of first appearance; empty for {@code null}. */
    public static Set<String> of(String text) {
        return new LinkedHashSet<>(forms(text).keySet());
    }

    /**
     * The significant words of {@code text} as stem to the first word (lower case) it came from, e.g.
     * {@code bruis -> bruised}, for showing users the words they wrote.
     */
    public static Map<String, String> forms(String text) {
        Map<String, String> forms = new LinkedHashMap<>();
        if (text == null) {
            return forms;
        }
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.isEmpty() || IGNORED.contains(token)) {
                continue;
            }
            String stem = stem(token);
            if (stem.length() >= 3 && !IGNORED.contains(stem)) {
                forms.putIfAbsent(stem, token);
            }
        }
        return forms;
    }

    /** A light English stemmer: enough to match plurals and verb forms of the same topic word. */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** The words two texts share, in the order of the first text. */
    public static Set<String> shared(Set<String> first, Set<String> second) {
        Set<String> shared = new LinkedHashSet<>(first);
        shared.retainAll(second);
        return shared;
    }
}
