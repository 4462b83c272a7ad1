package org.cxworkbench.web.internal.openapi;

import java.util.List;

import org.cxworkbench.web.internal.http.ApiError;
import org.cxworkbench.web.internal.http.ApiRequest;
import org.cxworkbench.web.internal.http.ApiResource;
import org.cxworkbench.web.internal.http.ApiServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** {@code GET /api/openapi.json}: the OpenAPI 3.0 document of every route registered right now. */
@Component(service = ApiResource.class)
public final class OpenApiResource implements ApiResource {

    // optional and dynamic: the servlet also references this resource. Greedy, because this resource is usually
    // activated while the servlet is being activated, before the servlet service is registered; a reluctant
    // reference would then never bind it and the document would stay unavailable (503).
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ApiServlet servlet;

    @Override
    public List<Route> routes() {
        return List.of(new Route("GET", "/openapi.json", "This document: the OpenAPI 3.0 description of every route",
                this::document));
    }

    private Object document(ApiRequest request) throws ApiError {
        ApiServlet current = servlet;
        if (current == null) {
            throw new ApiError(503, "The API is starting; try again in a moment");
        }
        return OpenApiDocument.of(current.routes());
    }
}
