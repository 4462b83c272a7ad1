package org.cxworkbench.web.internal.panels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxworkbench.api.report.Block;
import org.cxworkbench.api.report.Notice;
import org.cxworkbench.api.report.ReportContext;
import org.cxworkbench.api.report.Status;

/**
 * Renders the panels of one placement side by side, each within a time limit. A panel that throws, returns
 * {@code null} (or a {@code null} block), or does not answer in time is replaced by a notice naming the panel
 * and its bundle; the others are shown. A panel still stuck in an earlier request is not started again until
 * it has finished, so a hanging plugin holds at most one thread.
 */
public final class PanelRunner {

    /** A registered panel with its service properties. */
    public record Entry(String id, String title, String placement, String bundle, org.cxworkbench.api.web.WebPanel panel) {
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Duration timeLimit;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "cxw-web-panel-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    /** Panels whose render timed out and has not ended yet. */
    private final Set<org.cxworkbench.api.web.WebPanel> stuck = ConcurrentHashMap.newKeySet();

    /** One render of one panel on its own thread. */
    private final class Task {
        private final Entry entry;
        private final AtomicBoolean started = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final Future<List<Block>> future;

        Task(Entry entry, ReportContext context) {
            this.entry = entry;
            this.future = threads.submit(() -> {
                started.set(true);
                try {
                    return entry.panel().render(context);
                } finally {
                    ended.set(true);
                    stuck.remove(entry.panel());
                }
            });
        }

        /** Gives up on the render: interrupts it and keeps the panel from starting again until it ends. */
        void abandon() {
            future.cancel(true);
            if (!started.get()) {
                return;
            }
            stuck.add(entry.panel());
            if (ended.get()) {
                stuck.remove(entry.panel());
            }
        }
    }

    public PanelRunner(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public void close() {
        threads.shutdownNow();
    }

    /** The panels rendered, in the order given: each {@code {id, title, bundle, status, blocks, error}}. */
    public List<Map<String, Object>> render(List<Entry> entries, ReportContext context) {
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparing(Entry::id));
        Map<Entry, Task> running = new LinkedHashMap<>();
        for (Entry entry : ordered) {
            if (!stuck.contains(entry.panel())) {
                running.put(entry, new Task(entry, context));
            }
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        List<Map<String, Object>> panels = new ArrayList<>();
        for (Entry entry : ordered) {
            Task task = running.get(entry);
            if (task == null) {
                panels.add(failed(entry, "it did not answer within " + seconds() + " in an earlier request and is still busy"));
                continue;
            }
            try {
                List<Block> blocks = task.future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (blocks == null) {
                    panels.add(failed(entry, "it returned no content (null)"));
                } else if (blocks.stream().anyMatch(java.util.Objects::isNull)) {
                    panels.add(failed(entry, "it returned a null block"));
                } else {
                    panels.add(shown(entry, BlockJson.of(blocks)));
                }
            } catch (TimeoutException e) {
                task.abandon();
                panels.add(failed(entry, "it did not answer within " + seconds()));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                panels.add(failed(entry, cause.toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                panels.add(failed(entry, "the request was interrupted"));
            } catch (RuntimeException e) {
                panels.add(failed(entry, e.toString()));
            }
        }
        return panels;
    }

    private String seconds() {
        return String.format(java.util.Locale.ROOT, "%.1f s", timeLimit.toMillis() / 1000.0);
    }

    private static Map<String, Object> shown(Entry entry, List<Map<String, Object>> blocks) {
        Map<String, Object> panel = head(entry);
        panel.put("status", "ok");
        panel.put("blocks", blocks);
        panel.put("error", null);
        return panel;
    }

    private static Map<String, Object> failed(Entry entry, String reason) {
        Map<String, Object> panel = head(entry);
        panel.put("status", "failed");
        panel.put("blocks", BlockJson.of(List.of(new Notice(Status.WARNING, "The panel \"" + entry.title() + "\" ("
                + entry.id() + ", from bundle " + entry.bundle() + ") could not be shown: " + reason))));
        panel.put("error", reason);
        return panel;
    }

    private static Map<String, Object> head(Entry entry) {
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("id", entry.id());
        panel.put("title", entry.title());
        panel.put("bundle", entry.bundle());
        return panel;
    }
}
