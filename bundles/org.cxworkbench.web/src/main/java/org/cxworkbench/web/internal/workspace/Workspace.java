package org.cxworkbench.web.internal.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cxworkbench.api.store.StrategyFileException;
import org.cxworkbench.api.store.StrategyStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/**
 * The strategy files the web workbench offers: the {@code .cxs} files of one folder, each known by its file
 * name without the extension ({@code acme} for {@code acme.cxs}). Files are opened once and shared by all
 * users as {@link StrategyDocument}s.
 */
@Component(service = Workspace.class, configurationPid = WebSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class Workspace {

    /** Strategy ids: a file name without folders, starting with a letter or digit. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private final StrategyStore store;
    private final Path folder;
    private final String firstId;
    private final WebSettings settings;
    private final Map<String, StrategyDocument> open = new ConcurrentHashMap<>();

    @Activate
    public Workspace(@Reference StrategyStore store, WebSettings settings) {
        this.store = store;
        this.settings = settings;
        this.folder = Path.of(settings.workspace()).toAbsolutePath().normalize();
        this.firstId = settings.file().isEmpty() ? null : idOf(Path.of(settings.file()));
    }

    /** The folder of the strategy files. */
    public Path folder() {
        return folder;
    }

    public WebSettings settings() {
        return settings;
    }

    /** The strategy opened first ({@code cxw serve FILE}), if any. */
    public Optional<String> firstId() {
        return Optional.ofNullable(firstId);
    }

    /** The ids of the strategy files in the folder, sorted. */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith("." + StrategyStore.EXTENSION) && Files.isRegularFile(f))
                    .map(Workspace::idOf).filter(id -> ID.matcher(id).matches()).sorted().forEach(ids::add);
        }
        return ids;
    }

    /**
     * The open document of a strategy, opening it on first use.
     *
     * @throws UnknownStrategy if there is no such file
     * @throws StrategyFileException if the file cannot be loaded (its message names file and line)
     */
    public StrategyDocument document(String id) throws UnknownStrategy, StrategyFileException {
        StrategyDocument document = open.get(id);
        if (document != null) {
            return document;
        }
        Path file = fileOf(id);
        if (!Files.isRegularFile(file)) {
            throw new UnknownStrategy("There is no strategy '" + id + "' in " + folder);
        }
        synchronized (open) {
            document = open.get(id);
            if (document == null) {
                document = new StrategyDocument(id, file, store);
                open.put(id, document);
            }
            return document;
        }
    }

    /**
     * Creates a new, empty strategy file {@code ID.cxs}.
     *
     * @throws IllegalArgumentException if the id is not a valid file name or the file exists
     */
    public StrategyDocument create(String id, String name) throws StrategyFileException, UnknownStrategy {
        Path file = fileOf(id);
        if (Files.exists(file)) {
            throw new IllegalArgumentException("A strategy '" + id + "' exists already in " + folder);
        }
        store.create(file, name);
        return document(id);
    }

    private Path fileOf(String id) throws UnknownStrategy {
        if (id == null || !ID.matcher(id).matches()) {
            throw new UnknownStrategy("'" + id + "' is not a strategy name: use letters, digits, '.', '_' and '-' "
                    + "(at most 80, starting with a letter or digit)");
        }
        return folder.resolve(id + "." + StrategyStore.EXTENSION);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith("." + StrategyStore.EXTENSION)
                ? name.substring(0, name.length() - StrategyStore.EXTENSION.length() - 1) : name;
    }

    /** No strategy of that id. */
    public static final class UnknownStrategy extends Exception {
        private static final long serialVersionUID = 1L;

        public UnknownStrategy(String message) {
            super(message);
        }
    }
}
