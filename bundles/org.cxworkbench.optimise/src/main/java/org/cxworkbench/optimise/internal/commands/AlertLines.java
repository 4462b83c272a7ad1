package org.cxworkbench.optimise.internal.commands;

import java.io.PrintWriter;
import java.util.List;

import org.cxworkbench.optimise.api.Alert;

/** Prints alerts as text, one block per alert. */
final class AlertLines {

    private AlertLines() {
    }

    static void print(List<Alert> alerts, PrintWriter out) {
        if (alerts.isEmpty()) {
            out.println("  no alerts");
            return;
        }
        for (Alert alert : alerts) {
            out.printf("  %-8s %-19s %s: %s%n", alert.severity(), alert.kind(), alert.subjectId(), alert.message());
            if (alert.evidence() != null && !alert.evidence().isBlank()) {
                out.println("           evidence: " + alert.evidence());
            }
        }
    }
}
