package org.cxworkbench.containment;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The bundle a service object comes from, to name it in messages about the service. */
public final class ServiceOrigin {

    /** Shown when the service does not come from a bundle (in unit tests, outside OSGi). */
    public static final String UNKNOWN = "?";

    private ServiceOrigin() {
    }

    /** The symbolic name of the bundle whose class loader defined the service's class, or {@link #UNKNOWN}. */
    public static String bundleOf(Object service) {
        if (service == null) {
            return UNKNOWN;
        }
        Bundle bundle = FrameworkUtil.getBundle(service.getClass());
        return bundle == null || bundle.getSymbolicName() == null ? UNKNOWN : bundle.getSymbolicName();
    }
}
