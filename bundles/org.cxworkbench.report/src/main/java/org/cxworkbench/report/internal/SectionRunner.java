package org.cxworkbench.report.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeoutException;

import org.cxworkbench.api.failure.PluginFailureLog;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;
import org.cxworkbench.containment.FailureLogs;
import org.cxworkbench.containment.TimeLimitedCalls;

/**
 * Builds the sections one after another, each on its own worker thread with a time limit. A section that
 * throws, returns nothing or runs out of time is replaced by a section with the same id and title that holds
 * a visible notice naming the section, its bundle and the reason; the others are unaffected. Failures are
 * recorded in the {@link PluginFailureLog}, if one is installed.
 */
public final class SectionRunner {

    private final Duration timeout;
    private final ReportMessages messages;
    private final PluginFailureLog failureLog;

    /** @param failureLog where failures are recorded, or {@code null} */
    public SectionRunner(Duration timeout, ReportMessages messages, PluginFailureLog failureLog) {
        this.timeout = timeout;
        this.messages = messages;
        this.failureLog = failureLog;
    }

    /** The result of running every section: the sections in order and one outcome per section. */
    public record Result(List<Section> sections, List<SectionOutcome> outcomes) {
    }

    public Result run(List<SectionEntry> entries, ReportContext context) {
        List<Section> sections = new ArrayList<>();
        List<SectionOutcome> outcomes = new ArrayList<>();
        try (TimeLimitedCalls calls = new TimeLimitedCalls("cxw-report-section")) {
            for (SectionEntry entry : entries) {
                Section section;
                String reason = null;
                try {
                    section = calls.call(timeout, () -> entry.section().build(context));
                    if (section == null) {
                        reason = messages.get("failure.empty");
                    }
                } catch (TimeoutException e) {
                    section = null;
                    reason = messages.get("failure.timeout", timeout.toMillis() / 1000.0);
                } catch (CancellationException e) {
                    section = null;
                    reason = messages.get("failure.interrupted");
                } catch (Exception | LinkageError | StackOverflowError e) {
                    section = null;
                    reason = describe(e);
                }
                if (section == null) {
                    String title = titleOf(entry.id());
                    section = new Section(entry.id(), title, List.of(new Notice(Status.BAD,
                            messages.get("failure.notice", title, entry.id(), entry.bundle(), reason))));
                    outcomes.add(new SectionOutcome(entry.id(), title, true, reason));
                    FailureLogs.record(failureLog, entry.bundle(), PluginFailureLog.REPORT_SECTION, entry.id(),
                            "section " + entry.id() + " was left out of the report: " + reason);
                } else {
                    outcomes.add(new SectionOutcome(section.id(), section.title(), false, null));
                }
                sections.add(section);
            }
        }
        return new Result(sections, outcomes);
    }

    /** The translated title of a section id, or the id when the workbench does not know it. */
    String titleOf(String id) {
        String key = "section." + id + ".title";
        return messages.has(key) ? messages.get(key) : id;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
