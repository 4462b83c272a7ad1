package org.cxworkbench.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxworkbench.model.Channel;
import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.Touchpoint;
import org.cxworkbench.model.TouchpointNote;
import org.cxworkbench.model.TouchpointRating;

/**
 * The audit of one touchpoint up to a period: its ratings per period (several ratings in one period are averaged;
 * ratings without a valid period or outside 1..5 are left out, the step rules report them) and its notes by kind.
 *
 * @param touchpoint the touchpoint
 * @param ratingsByPeriod the average rating per period, oldest first
 * @param notes the notes by kind
 */
record TouchpointAudit(Touchpoint touchpoint, Map<String, Double> ratingsByPeriod,
        Map<NoteKind, List<TouchpointNote>> notes) {

    static TouchpointAudit of(Touchpoint touchpoint, String until) {
        Map<String, double[]> sums = new TreeMap<>(AuditPeriods.ORDER);
        for (TouchpointRating rating : touchpoint.getRatings()) {
            if (rating.isSetScore() && RatingScale.contains(rating.getScore()) && AuditPeriods.isPeriod(rating.getPeriod())
                    && AuditPeriods.notAfter(rating.getPeriod(), until)) {
                double[] sum = sums.computeIfAbsent(rating.getPeriod(), p -> new double[2]);
                sum[0] += rating.getScore();
                sum[1]++;
            }
        }
        Map<String, Double> averages = new LinkedHashMap<>();
        sums.forEach((period, sum) -> averages.put(period, sum[0] / sum[1]));
        Map<NoteKind, List<TouchpointNote>> notes = new LinkedHashMap<>();
        for (NoteKind kind : NoteKind.values()) {
            notes.put(kind, new ArrayList<>());
        }
        for (TouchpointNote note : touchpoint.getNotes()) {
            notes.get(note.getKind()).add(note);
        }
        return new TouchpointAudit(touchpoint, averages, notes);
    }

    boolean rated() {
        return !ratingsByPeriod.isEmpty();
    }

    /** The period of the latest rating, or {@code null}. */
    String latestPeriod() {
        String latest = null;
        for (String period : ratingsByPeriod.keySet()) {
            latest = period;
        }
        return latest;
    }

    /** The latest rating, NaN if none. */
    double latestRating() {
        String period = latestPeriod();
        return period == null ? Double.NaN : ratingsByPeriod.get(period);
    }

    /** Latest rating minus the one of the period before, NaN with fewer than two rated periods. */
    double trend() {
        List<Double> values = new ArrayList<>(ratingsByPeriod.values());
        return values.size() < 2 ? Double.NaN : values.get(values.size() - 1) - values.get(values.size() - 2);
    }

    int count(NoteKind kind) {
        return notes.get(kind).size();
    }

    List<TouchpointNote> notes(NoteKind kind) {
        return notes.get(kind);
    }

    /** The channel as words: {@code mobile app}. */
    String channel() {
        Channel channel = touchpoint.getChannel();
        return channel == null ? "" : channel.getName().toLowerCase().replace('_', ' ');
    }

    String stage() {
        return touchpoint.getStage() == null ? "" : touchpoint.getStage();
    }

    String owner() {
        return touchpoint.getOwner() == null ? null : touchpoint.getOwner().getName();
    }

    String name() {
        return touchpoint.getName() == null ? touchpoint.getId() : touchpoint.getName();
    }
}
