package org.cxworkbench.api.failure;

import java.time.Instant;
import java.util.Objects;

/**
 * One runtime failure of a plugin service, as kept by the {@link PluginFailureLog}.
 *
 * @param time when it happened (to the second)
 * @param bundle the symbolic name of the bundle that registered the failing service
 * @param extensionPoint the extension point, one of the {@code PluginFailureLog} constants such as
 *        {@link PluginFailureLog#KPI_CALCULATOR}
 * @param service which service of the bundle failed, e.g. the calculator id or the report format
 * @param message what went wrong, as shown to the user
 */
public record PluginFailure(Instant time, String bundle, String extensionPoint, String service, String message) {

    public PluginFailure {
        Objects.requireNonNull(time, "time");
        bundle = bundle == null ? "" : bundle;
        extensionPoint = extensionPoint == null ? "" : extensionPoint;
        service = service == null ? "" : service;
        message = message == null ? "" : message;
    }
}
