package org.cxworkbench.testplugin.faulty;

import java.util.Optional;

import org.cxworkbench.api.kpi.KpiCalculator;
import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.model.KpiDefinition;
import org.cxworkbench.model.Strategy;
import org.osgi.service.component.annotations.Component;

/** A broken plugin calculator: it never answers. Only definitions naming {@code faulty.hangs} use it. */
@Component(property = KpiCalculator.ID + "=" + HangingCalculator.ID)
public final class HangingCalculator implements KpiCalculator {

    static final String ID = "faulty.hangs";

    @Override
    public boolean supports(KpiDefinition definition) {
        return false;
    }

    @Override
    public Optional<KpiResult> compute(Strategy strategy, KpiDefinition definition, String period, String segmentKey) {
        Hang.untilInterrupted();
        return Optional.empty();
    }
}
