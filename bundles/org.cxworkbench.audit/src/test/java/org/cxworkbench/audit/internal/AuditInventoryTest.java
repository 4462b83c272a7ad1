package org.cxworkbench.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cxworkbench.model.NoteKind;
import org.cxworkbench.model.Strategy;
import org.junit.jupiter.api.Test;

class AuditInventoryTest {

    @Test
    void touchpointsByChannelWithLatestRatingAndTrend() {
        AuditInventory inventory = AuditInventory.of(AuditStrategies.audited(), null);
        assertEquals(List.of("store", "mobile app", "website", "phone"),
                inventory.touchpoints().stream().map(TouchpointAudit::channel).toList());
        TouchpointAudit app = inventory.touchpoints().get(1);
        assertEquals("Mobile app", app.name());
        assertEquals("E-commerce team", app.owner());
        assertEquals(4.5, app.latestRating(), 1e-9, "two ratings in 2026-Q3 are averaged");
        assertEquals("2026-Q3", app.latestPeriod());
        assertEquals(0.5, app.trend(), 1e-9);
        assertEquals(1, app.count(NoteKind.OPPORTUNITY));
        assertEquals(1, app.count(NoteKind.WORKS_WELL));
        TouchpointAudit phone = inventory.touchpoints().get(3);
        assertEquals(-1.0, phone.trend(), 1e-9);
        assertEquals(1, phone.count(NoteKind.PAIN_POINT));
        assertTrue(Double.isNaN(inventory.touchpoints().get(0).trend()), "one rated period has no trend");
        assertEquals(4, inventory.channels());
    }

    @Test
    void averageRatingPerPeriod() {
        Map<String, Double> averages = AuditInventory.of(AuditStrategies.audited(), null).averageByPeriod();
        assertEquals(List.of("2026-Q2", "2026-Q3"), List.copyOf(averages.keySet()));
        assertEquals(3.5, averages.get("2026-Q2"), 1e-9);
        assertEquals((4.5 + 2.0 + 3.5 + 3.0) / 4, averages.get("2026-Q3"), 1e-9);
    }

    @Test
    void ratingsAfterThePeriodAndInvalidRatingsAreLeftOut() {
        Strategy s = AuditStrategies.audited();
        AuditStrategies.rating(AuditStrategies.touchpoint(s, "touchpoint-2"), "rating-8", "2026-Q3", 7);
        AuditStrategies.rating(AuditStrategies.touchpoint(s, "touchpoint-2"), "rating-9", "Q4 2026", 5);
        AuditInventory q2 = AuditInventory.of(s, "2026-Q2");
        TouchpointAudit app = q2.touchpoints().get(1);
        assertEquals(4.0, app.latestRating(), 1e-9);
        assertEquals("2026-Q2", app.latestPeriod());
        TouchpointAudit web = q2.touchpoints().get(2);
        assertFalse(web.rated());
        assertNull(web.latestPeriod());
        assertEquals(2.0, AuditInventory.of(s, null).touchpoints().get(3).latestRating(), 1e-9);
    }

    @Test
    void monthsAndQuartersAreOrderedByWhenTheyEnd() {
        Strategy s = AuditStrategies.audited();
        AuditStrategies.rating(AuditStrategies.touchpoint(s, "touchpoint-4"), "rating-10", "2026-10", 4);
        AuditStrategies.rating(AuditStrategies.touchpoint(s, "touchpoint-4"), "rating-11", "2026-08", 2);
        assertEquals(List.of("2026-Q2", "2026-08", "2026-Q3", "2026-10"),
                AuditInventory.of(s, null).ratedPeriods());
        assertEquals(List.of("2026-Q2", "2026-08", "2026-Q3"), AuditInventory.of(s, "2026-Q3").ratedPeriods());
    }
}
