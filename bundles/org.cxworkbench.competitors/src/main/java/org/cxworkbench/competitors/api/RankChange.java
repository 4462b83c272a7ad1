package org.cxworkbench.competitors.api;

/**
 * The latest search-rank observation of one subject for one keyword, and the one before it.
 *
 * @param keywordId the keyword's id
 * @param keyword the keyword's search term
 * @param relevanceRank the keyword's relevance rank (1 = most relevant), 0 when not ranked
 * @param competitorId the competitor's id, or {@code null} for the own brand
 * @param competitorName the competitor's name, or {@code null} for the own brand
 * @param previousPosition the position on the previous observation date, or {@code null} when there is no
 *        previous observation or the subject was not found in the results then
 * @param previousDate the previous observation date (yyyy-MM-dd), or {@code null} when there is none
 * @param latestPosition the latest position, or {@code null} when not found in the results checked
 * @param latestDate the latest observation date (yyyy-MM-dd)
 */
public record RankChange(String keywordId, String keyword, int relevanceRank, String competitorId,
        String competitorName, Integer previousPosition, String previousDate, Integer latestPosition,
        String latestDate) {

    /** Whether the subject is the own brand. */
    public boolean ownBrand() {
        return competitorId == null;
    }

    /** Whether there is an observation before the latest one. */
    public boolean hasPrevious() {
        return previousDate != null;
    }

    /**
     * Places gained since the previous observation: positive when the subject moved up (a lower position
     * is better), negative when it fell, {@code null} when either position is missing.
     */
    public Integer placesGained() {
        if (previousPosition == null || latestPosition == null) {
            return null;
        }
        return previousPosition - latestPosition;
    }

    /** Whether the subject entered the results (not found before, found now). */
    public boolean entered() {
        return hasPrevious() && previousPosition == null && latestPosition != null;
    }

    /** Whether the subject dropped out of the results (found before, not found now). */
    public boolean droppedOut() {
        return previousPosition != null && latestPosition == null;
    }

    /** Whether the position changed since the previous observation, including entering or leaving the results. */
    public boolean changed() {
        Integer gained = placesGained();
        return (gained != null && gained != 0) || entered() || droppedOut();
    }
}
