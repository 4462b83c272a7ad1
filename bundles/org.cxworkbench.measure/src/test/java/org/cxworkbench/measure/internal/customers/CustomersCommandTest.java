package org.cxworkbench.measure.internal.customers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cxworkbench.api.command.CommandException;
import org.cxworkbench.api.command.CxwCommand;
import org.cxworkbench.measure.internal.Fixtures;
import org.cxworkbench.model.CustomerCount;
import org.cxworkbench.model.Strategy;
import org.cxworkbench.testing.FakeCommandContext;
import org.cxworkbench.testing.RecordingStrategyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersCommandTest {

    @TempDir
    Path dir;

    private final RecordingStrategyStore store = new RecordingStrategyStore();
    private Path file;

    @BeforeEach
    void strategy() throws Exception {
        file = store.write(Fixtures.strategy(), dir.resolve("acme.cxs"));
    }

    private FakeCommandContext customers(String period, String start, String end) {
        return new FakeCommandContext(dir).arg("FILE", "acme.cxs").option("--period", period).option("--start", start)
                .option("--end", end);
    }

    private String failure(FakeCommandContext context) throws Exception {
        byte[] before = Files.readAllBytes(file);
        CommandException e = assertThrows(CommandException.class, () -> new CustomersCommand(store).run(context));
        assertEquals(CxwCommand.USAGE_OR_INPUT_ERROR, e.exitCode());
        assertArrayEquals(before, Files.readAllBytes(file));
        return e.getMessage();
    }

    @Test
    void setsTheSeedExample() throws Exception {
        assertEquals(CxwCommand.OK, new CustomersCommand(store).run(customers("2026-Q1", "500", "450")));
        Strategy s = new RecordingStrategyStore().load(file);
        CustomerCount c = s.getCustomerCounts().get(0);
        assertEquals("2026-Q1", c.getPeriod());
        assertEquals("", c.getSegmentKey());
        assertEquals(500, c.getAtStart());
        assertEquals(450, c.getAtEnd());
        assertFalse(c.isSetNewCustomers());
        assertFalse(c.isSetChurned());
    }

    @Test
    void replacesEarlierCountsOfThePeriodAndSegment() throws Exception {
        new CustomersCommand(store).run(customers("2026-Q1", "500", "450").option("--churned", "60"));
        FakeCommandContext again = customers("2026-Q1", "500", "450").option("--new", "20").option("--churned", "70")
                .option("--segment", "region=North");
        new CustomersCommand(store).run(again);
        FakeCommandContext third = customers("2026-Q1", "500", "460").option("--new", "30");
        new CustomersCommand(store).run(third);
        assertTrue(third.output().startsWith("Replaced customer counts of 2026-Q1"), third.output());
        Strategy s = new RecordingStrategyStore().load(file);
        assertEquals(2, s.getCustomerCounts().size());
        CustomerCount all = s.getCustomerCounts().get(0);
        assertEquals(460, all.getAtEnd());
        assertEquals(30, all.getNewCustomers());
        assertFalse(all.isSetChurned());
        assertEquals("region=North", s.getCustomerCounts().get(1).getSegmentKey());
    }

    @Test
    void validation() throws Exception {
        assertTrue(failure(customers("2026-Q1", "-1", "450")).contains("customers at start (-1) must not be negative"));
        assertTrue(failure(customers("2026-Q1", "500", "many")).contains("--end 'many' is not a whole number"));
        assertTrue(failure(customers("Q1", "500", "450")).contains("period 'Q1' is not a quarter like 2026-Q3"));
        assertTrue(failure(customers("2026-Q1", "500", "600").option("--new", "50")).contains(
                "customers at end (600) exceed customers at start plus new customers (500 + 50 = 550)"));
        assertTrue(failure(customers("2026-Q1", "500", "450").option("--churned", "501")).contains(
                "churned customers (501) exceed customers at start (500)"));
        assertTrue(failure(customers("2026-Q1", "500", "450").option("--segment", "North")).contains(
                "segment 'North' is not dimension=value"));
        assertTrue(failure(new FakeCommandContext(dir).arg("FILE", "acme.cxs").option("--period", "2026-Q1")
                .option("--start", "5")).contains("--end is required"));
    }

    @Test
    void importsACsvOfCounts() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), String.join("\n", "period,segment,start,end,new,churned",
                "2026-Q1,,500,450,20,70", "2026-Q2,,450,470,40,20", "2026-Q2,region=North,100,98,,", ""),
                StandardCharsets.UTF_8);
        FakeCommandContext context = new FakeCommandContext(dir).arg("FILE", "acme.cxs").arg("EXPORT", "customers.csv");
        assertEquals(CxwCommand.OK, new ImportCustomersCommand(store).run(context));
        Strategy s = new RecordingStrategyStore().load(file);
        assertEquals(3, s.getCustomerCounts().size());
        assertEquals(20, s.getCustomerCounts().get(1).getChurned());
        assertFalse(s.getCustomerCounts().get(2).isSetNewCustomers());
        assertEquals(1, s.getImports().size());
    }

    @Test
    void aBadCsvChangesNothingAndNamesFileAndLine() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), String.join("\n", "period,segment,start,end,new,churned",
                "2026-Q1,,500,450,20,70", "2026-Q2,,450,x,40,20", "2026-Q3,,450,470,10,", "2026-Q1,,1,1,,", ""),
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        CommandException e = assertThrows(CommandException.class, () -> new ImportCustomersCommand(store).run(
                new FakeCommandContext(dir).arg("FILE", "acme.cxs").arg("EXPORT", "customers.csv")));
        assertTrue(e.getMessage().contains("customers.csv:3: end 'x' is not a whole number"), e.getMessage());
        assertTrue(e.getMessage().contains("customers.csv:4: customers at end (470) exceed customers at start plus "
                + "new customers (450 + 10 = 460)"), e.getMessage());
        assertTrue(e.getMessage().contains("customers.csv:5: period 2026-Q1 is already given on line 2"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void theHeaderIsRequired() throws Exception {
        Files.writeString(dir.resolve("customers.csv"), "2026-Q1,,500,450,20,70\n", StandardCharsets.UTF_8);
        CommandException e = assertThrows(CommandException.class, () -> new ImportCustomersCommand(store).run(
                new FakeCommandContext(dir).arg("FILE", "acme.cxs").arg("EXPORT", "customers.csv")));
        assertTrue(e.getMessage().contains("customers.csv:1: unknown column '2026-Q1'"), e.getMessage());
    }
}
