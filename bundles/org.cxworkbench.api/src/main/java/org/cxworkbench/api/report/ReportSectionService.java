package org.cxworkbench.api.report;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Typed service properties of a {@link ReportSection}: {@code @ReportSectionService(id = "goals", order = 200)}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReportSectionService {

    /** Prefix of the generated property names. */
    String PREFIX_ = "cxw.report.section.";

    /** The section id. */
    String id();

    /** The position in the report. */
    int order();
}
