package org.cxworkbench.web.internal.jobs;

import java.util.List;

import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /api/jobs/{jobId}}: where a survey import or a report stands, and its result. */
@Component(service = ApiResource.class)
public final class JobResource implements ApiResource {

    private final JobService jobs;

    @Activate
    public JobResource(@Reference JobService jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/jobs/{jobId}", "A survey import or report job: state (running, done, failed), "
                + "progress, result, error, files to download", this::get));
    }

    private Object get(ApiRequest request) throws ApiError {
        Job job = jobs.find(request.path("jobId")).orElseThrow(() -> ApiError.notFound("There is no job '"
                + request.path("jobId") + "'; finished jobs are kept for an hour"));
        return job.toJson(jobs.now());
    }
}
