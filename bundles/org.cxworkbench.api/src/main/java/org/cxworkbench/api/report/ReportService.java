package org.cxworkbench.api.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cxworkbench.model.Strategy;
import org.osgi.annotation.versioning.ProviderType;

/** Builds the quarterly report from the registered sections and writes it with the registered renderers. */
@ProviderType
public interface ReportService {

    /** Builds the neutral document; failing sections become notices. */
    ReportDocument build(Strategy strategy, String period, Locale locale);

    /** The formats that can be written now. */
    List<String> formats();

    /**
     * Builds the report and writes one file per format into {@code directory}, atomically.
     *
     * @return the files written
     * @throws IllegalArgumentException naming the format if no renderer is installed for it
     */
    List<Path> write(Strategy strategy, String period, Locale locale, List<String> formats, Path directory)
            throws java.io.IOException;
}
