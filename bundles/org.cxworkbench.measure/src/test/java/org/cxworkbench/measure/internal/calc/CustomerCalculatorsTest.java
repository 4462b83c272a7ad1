package org.cxworkbench.measure.internal.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxworkbench.api.kpi.KpiResult;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class CustomerCalculatorsTest {

    private static final double EXACT = 1e-9;

    private final Strategy strategy = Fixtures.strategy();

    private KpiResult churn(String period) {
        return new ChurnCalculator().compute(strategy, Fixtures.definition(strategy, "CHURN"), period, "").orElseThrow();
    }

    private KpiResult retention(String period) {
        return new RetentionCalculator().compute(strategy, Fixtures.definition(strategy, "RETENTION"), period, "")
                .orElseThrow();
    }

    @Test
    void seedExampleFiveHundredToFourHundredFiftyIsTenPercentNetCustomerLoss() {
        Fixtures.customers(strategy, "2026-Q1", "", 500L, 450L, null, null);
        KpiResult r = churn("2026-Q1");
        assertEquals(10.0, r.detail("netCustomerLoss"), EXACT);
        assertTrue(Double.isNaN(r.detail("churnRate")));
        assertEquals(10.0, r.value(), EXACT);
        assertEquals(ChurnCalculator.NET_LOSS_WARNING, r.warnings().get(0));
        assertEquals(500, r.n());
    }

    @Test
    void churnRateUsesTheCustomersWhoLeft() {
        // 500 at start, 70 left, 20 joined: 450 at the end. Churn rate 14 %, net customer loss 10 %.
        Fixtures.customers(strategy, "2026-Q1", "", 500L, 450L, 20L, 70L);
        KpiResult r = churn("2026-Q1");
        assertEquals(14.0, r.value(), EXACT);
        assertEquals(14.0, r.detail("churnRate"), EXACT);
        assertEquals(10.0, r.detail("netCustomerLoss"), EXACT);
        assertTrue(r.warnings().isEmpty());
        assertEquals(70, r.detail("churned"), EXACT);
    }

    @Test
    void retentionRateLeavesOutNewCustomers() {
        Fixtures.customers(strategy, "2026-Q1", "", 500L, 450L, 20L, 70L);
        KpiResult r = retention("2026-Q1");
        assertEquals(86.0, r.value(), EXACT);
        assertEquals(86.0, r.detail("retentionRate"), EXACT);
        assertEquals(90.0, r.detail("grossRetentionSimple"), EXACT);
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void grossRetentionSimpleIsLabelledWhenNewCustomersAreUnknown() {
        Fixtures.customers(strategy, "2026-Q1", "", 500L, 450L, null, null);
        KpiResult r = retention("2026-Q1");
        assertEquals(90.0, r.value(), EXACT);
        assertTrue(Double.isNaN(r.detail("retentionRate")));
        assertEquals(RetentionCalculator.SIMPLE_WARNING, r.warnings().get(0));
    }

    @Test
    void noCustomersAtStartGivesNoValue() {
        Fixtures.customers(strategy, "2026-Q1", "", 0L, 10L, 10L, 0L);
        KpiResult r = churn("2026-Q1");
        assertTrue(Double.isNaN(r.value()));
        assertTrue(r.warnings().get(0).contains("no customers at the start"));
    }

    @Test
    void segmentCountsAreSeparate() {
        Fixtures.customers(strategy, "2026-Q1", "", 500L, 450L, 20L, 70L);
        Fixtures.customers(strategy, "2026-Q1", "region=North", 100L, 95L, 0L, 5L);
        KpiResult north = new ChurnCalculator().compute(strategy, Fixtures.definition(strategy, "CHURN"), "2026-Q1",
                "region=North").orElseThrow();
        assertEquals(5.0, north.value(), EXACT);
        assertTrue(new ChurnCalculator().compute(strategy, Fixtures.definition(strategy, "CHURN"), "2026-Q1",
                "region=South").isEmpty());
    }
}
