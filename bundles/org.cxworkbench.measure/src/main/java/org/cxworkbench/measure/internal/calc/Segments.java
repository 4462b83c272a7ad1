package org.cxworkbench.measure.internal.calc;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cxworkbench.model.SegmentDefinition;
import org.cxworkbench.model.Strategy;

/** Segment keys: {@code ""} for all respondents, otherwise {@code dimension=value}. */
public final class Segments {

    /** The segment of all respondents, tickets or customers. */
    public static final String ALL = "";

    private Segments() {
    }

    /** The key with {@code null} read as all. */
    public static String key(String segmentKey) {
        return segmentKey == null ? ALL : segmentKey;
    }

    /** The dimension of a key ({@code touchpoint} of {@code touchpoint=Mobile app}), or {@code ""} for all. */
    public static String dimension(String segmentKey) {
        String key = key(segmentKey);
        int eq = key.indexOf('=');
        return eq < 0 ? ALL : key.substring(0, eq);
    }

    /** Whether the key is {@code dimension=value} with non-blank parts. */
    public static boolean isWellFormed(String segmentKey) {
        String key = key(segmentKey);
        if (key.isEmpty()) {
            return true;
        }
        int eq = key.indexOf('=');
        return eq > 0 && eq < key.length() - 1 && !key.substring(0, eq).isBlank() && !key.substring(eq + 1).isBlank();
    }

    /** Whether the key belongs to the dimension. */
    public static boolean inDimension(String segmentKey, String dimension) {
        return key(segmentKey).startsWith(dimension + "=");
    }

    /**
     * The segment dimensions known in the strategy: those of its segment definitions and those occurring in
     * its measurements, durations and customer counts, sorted.
     */
    public static List<String> dimensions(Strategy strategy) {
        TreeSet<String> dimensions = new TreeSet<>();
        for (SegmentDefinition segment : strategy.getSegments()) {
            String name = segment.getName() != null && !segment.getName().isBlank() ? segment.getName()
                    : segment.getColumn();
            if (name != null && !name.isBlank()) {
                dimensions.add(name);
            }
        }
        Stream.of(strategy.getMeasurements().stream().map(m -> m.getSegmentKey()),
                strategy.getDurationMeasurements().stream().map(m -> m.getSegmentKey()),
                strategy.getCustomerCounts().stream().map(c -> c.getSegmentKey()))
                .flatMap(s -> s).map(Segments::dimension).filter(d -> !d.isEmpty()).forEach(dimensions::add);
        return List.copyOf(dimensions);
    }
}
