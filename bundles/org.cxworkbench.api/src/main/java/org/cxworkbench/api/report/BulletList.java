package org.cxworkbench.api.report;

import java.util.List;

/** A list of short items. */
public record BulletList(List<String> items) implements Block {
    public BulletList {
        items = List.copyOf(items);
    }
}
