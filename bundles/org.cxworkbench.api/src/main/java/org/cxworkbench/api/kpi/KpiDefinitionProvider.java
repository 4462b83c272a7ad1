package org.cxworkbench.api.kpi;

import java.util.List;

import org.cxworkbench.model.KpiDefinition;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Supplies named, versioned KPI definitions, registered as a whiteboard service. New strategies start
 * with every provided definition; {@code cxw kpi-definitions} lists them. The workbench provides the
 * defaults of {@code docs/kpi-definitions.md}; plugins add their own (e.g. first contact resolution).
 */
@ConsumerType
public interface KpiDefinitionProvider {

    /**
     * Fresh definition objects (not contained anywhere yet), each with a unique {@code code} and a
     * {@code version}; the caller adds them to a strategy.
     */
    List<KpiDefinition> definitions();
}
