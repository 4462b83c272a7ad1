package org.cxworkbench.api.survey;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A reader of one kind of survey export file, registered as a whiteboard service. The survey importer
 * ({@code cxw import-survey}) asks every registered source, highest {@link #priority()} first, whether it
 * {@link #accepts} a file, and streams the rows of the first one that does.
 *
 * <p>The workbench ships sources for CSV (comma, semicolon or tab; plain, Qualtrics, SurveyMonkey and
 * Google Forms shapes) and for XLSX workbooks. A plugin adds another format (an SPSS file, a vendor's
 * JSON export) by registering its own {@code SurveySource}.
 *
 * <p>Sources must stream: a source never holds a whole file in memory, and the rows it hands out may be
 * reused objects (see {@link SurveyRows#next()}).
 */
@ConsumerType
public interface SurveySource {

    /** Service property: the source's short id, e.g. {@code csv} or {@code xlsx}. */
    String ID = "cxw.survey.source";

    /** The source's short id, shown in messages, e.g. {@code csv}. */
    String id();

    /**
     * Whether this source reads the file. Decided from the file name and, if needed, its first bytes;
     * never by reading the whole file.
     */
    boolean accepts(Path file) throws IOException;

    /** Sources with a higher priority are asked first; the built-in sources use 0. */
    default int priority() {
        return 0;
    }

    /**
     * Opens the file and reads its header rows.
     *
     * @param file the export to read
     * @param options options given by the user, such as the sheet of a workbook
     * @return the open row stream; the caller closes it
     * @throws SurveyFormatException if the file is not a readable export (the message names file and line)
     * @throws IOException if the file cannot be read
     */
    SurveyRows open(Path file, SourceOptions options) throws IOException, SurveyFormatException;
}
