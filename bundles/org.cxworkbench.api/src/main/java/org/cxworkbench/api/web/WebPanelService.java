package org.cxworkbench.api.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Typed service properties of a {@link WebPanel}:
 * {@code @WebPanelService(id = "fcr", title = "First contact resolution", placement = "dashboard")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebPanelService {

    /** Prefix of the generated property names. */
    String PREFIX_ = "cxw.web.panel.";

    /** The panel id. */
    String id();

    /** The title shown above the panel. */
    String title();

    /** {@code dashboard} or {@code step-N}. */
    String placement();
}
