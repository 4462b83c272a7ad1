package org.cxworkbench.survey.api;

/** Receives progress of a long import, called about twice a second from the thread that reads the export. */
@FunctionalInterface
public interface ImportProgress {

    /** Does nothing. */
    ImportProgress NONE = (rows, bytesRead, totalBytes) -> { };

    /**
     * @param rows response rows read so far
     * @param bytesRead bytes of the export consumed so far
     * @param totalBytes size of the export, or -1 if unknown
     */
    void progress(long rows, long bytesRead, long totalBytes);
}
