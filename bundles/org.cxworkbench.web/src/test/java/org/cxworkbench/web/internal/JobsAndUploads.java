package org.cxworkbench.web.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.cxworkbench.web.internal.jobs.JobService;
import org.cxworkbench.web.internal.jobs.TempSpace;
import org.cxworkbench.web.internal.uploads.UploadStore;

/**
 * The temporary space, upload store and job service of a test, as the web bundle wires them, closed together.
 *
 * @param temp the temporary folder of uploads and report jobs
 * @param uploads the uploads waiting for their import
 * @param jobs the background jobs
 */
public record JobsAndUploads(TempSpace temp, UploadStore uploads, JobService jobs) implements AutoCloseable {

    /** In {@code dir/temp}, accepting uploads up to {@code uploadMaxBytes}, on {@code clock}. */
    public static JobsAndUploads in(Path dir, long uploadMaxBytes, Clock clock) {
        TempSpace temp = new TempSpace(dir.resolve("temp"));
        return new JobsAndUploads(temp, new UploadStore(temp, uploadMaxBytes, clock), new JobService(temp, clock));
    }

    @Override
    public void close() {
        jobs.close();
        uploads.close();
        temp.close();
    }
}
