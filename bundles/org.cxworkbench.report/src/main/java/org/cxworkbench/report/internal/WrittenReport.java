package org.cxworkbench.report.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * What writing a report produced: the files written, in the order of the formats asked for, and the formats
 * whose renderer failed (their files were not written; the other formats were).
 */
public record WrittenReport(List<Path> files, List<FormatFailure> failures) {

    public WrittenReport {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
    }
}
