package org.cxworkbench.report.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Section;
import org.cxworkbench.api.report.Status;

/**
 * Builds the sections one after another, each on its own worker thread with a time limit. A section that
 * throws, returns nothing or runs out of time is replaced by a section with the same id and title that holds
 * a visible notice naming the section, its bundle and the reason; the others are unaffected.
 */
public final class SectionRunner {

    private final Duration timeout;
    private final ReportMessages messages;

    public SectionRunner(Duration timeout, ReportMessages messages) {
        this.timeout = timeout;
        this.messages = messages;
    }

    /** The result of running every section: the sections in order and one outcome per section. */
    public record Result(List<Section> sections, List<SectionOutcome> outcomes) {
    }

    public Result run(List<SectionEntry> entries, ReportContext context) {
        List<Section> sections = new ArrayList<>();
        List<SectionOutcome> outcomes = new ArrayList<>();
        ExecutorService executor = Executors.newCachedThreadPool(workerThreads());
        try {
            for (SectionEntry entry : entries) {
                Section section;
                String reason = null;
                try {
                    Future<Section> future = executor.submit(() -> entry.section().build(context));
                    section = awaitSection(future);
                    if (section == null) {
                        reason = messages.get("failure.empty");
                    }
                } catch (TimeoutException e) {
                    section = null;
                    reason = messages.get("failure.timeout", timeout.toMillis() / 1000.0);
                } catch (ExecutionException e) {
                    section = null;
                    reason = describe(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    section = null;
                    reason = messages.get("failure.interrupted");
                }
                if (section == null) {
                    String title = titleOf(entry.id());
                    section = new Section(entry.id(), title, List.of(new Notice(Status.BAD,
                            messages.get("failure.notice", title, entry.id(), entry.bundle(), reason))));
                    outcomes.add(new SectionOutcome(entry.id(), title, true, reason));
                } else {
                    outcomes.add(new SectionOutcome(section.id(), section.title(), false, null));
                }
                sections.add(section);
            }
        } finally {
            executor.shutdownNow();
        }
        return new Result(sections, outcomes);
    }

    private Section awaitSection(Future<Section> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
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

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "cxw-report-section-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
