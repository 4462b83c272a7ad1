package org.cxworkbench.web.internal.workspace;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The configuration {@code cxw serve} gives the web components (PID {@value #PID}). The components of the
 * web workbench need it ({@code configurationPolicy = REQUIRE}), so a plain {@code cxw} command never
 * registers a servlet.
 */
@ComponentPropertyType
public @interface WebSettings {

    /** The configuration PID. */
    String PID = "org.cxworkbench.web";

    /** The folder whose {@code .cxs} files the workbench offers. */
    String workspace();

    /** The file opened first, or empty. */
    String file() default "";

    /** The access token every request must carry, or empty when bound to the loopback interface only. */
    String token() default "";

    /** The largest upload accepted when nothing else is said: 200 MB. */
    long DEFAULT_UPLOAD_MAX_BYTES = 200L * 1024 * 1024;

    /** The largest upload accepted, in bytes ({@code cxw serve --upload-limit MB}). */
    long uploadMaxBytes() default DEFAULT_UPLOAD_MAX_BYTES;
}
