package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The home page and the overview in a real browser: the strategies of the folder, a new strategy created from
 * the home page (and saved as a file), the nine steps of the overview, and the notice a user gets when someone
 * else changes the strategy they are looking at.
 */
class HomeAndOverviewE2ETest {

    @RegisterExtension
    static final ServedExample served = new ServedExample("home");

    @Test
    void createsAFreshStrategyFromTheHomePage() throws Exception {
        try (Browser browser = new Browser("home", served.base())) {
            browser.open("#/");
            browser.awaitText(By.cssSelector("main h1"), "Strategies");
            assertTrue(browser.text(By.cssSelector("main table")).contains("Acme Fresh CX strategy 2026"),
                    browser.text(By.tagName("main")));
            browser.screenshot("home");
            browser.assertNoScriptErrors();

            browser.fill(Browser.id("new-name"), "Corner Grocer CX 2027");
            assertEquals("corner-grocer-cx-2027", browser.visible(Browser.id("new-id")).getAttribute("value"),
                    "the file name follows the name");
            browser.fill(Browser.id("new-id"), "corner-grocer");
            browser.click(By.cssSelector("main form button[type=submit]"));

            browser.until(d -> browser.hash().equals("#/s/corner-grocer"), "the overview of the new strategy");
            browser.awaitPage();
            browser.awaitText(By.cssSelector("main h1"), "Corner Grocer CX 2027");
            String lead = browser.text(By.cssSelector("main .lead"));
            assertTrue(lead.contains("0 of 9 steps complete"), lead);
            List<WebElement> steps = browser.driver().findElements(By.cssSelector("main .step-list > li"));
            assertEquals(9, steps.size());
            assertTrue(steps.get(0).getText().contains("to do"), steps.get(0).getText());
            assertEquals(9, browser.driver().findElements(By.cssSelector("#nav .steps a[href*='/step/']")).size(),
                    "the navigation lists the nine steps");
            browser.screenshot("overview-new-strategy");
            browser.assertNoScriptErrors();

            Path file = served.folder().resolve("corner-grocer.cxs");
            assertTrue(Files.isRegularFile(file), "created as a file in the served folder");
            assertTrue(Files.readString(file).contains("name=\"Corner Grocer CX 2027\""));

            // back home, the new strategy is listed and opens
            browser.click(By.cssSelector("header a.brand"));
            browser.awaitPage();
            browser.awaitText(By.cssSelector("main table"), "Corner Grocer CX 2027");
            browser.click(By.linkText("Corner Grocer CX 2027"));
            browser.awaitPage();
            browser.awaitText(By.cssSelector("main h1"), "Corner Grocer CX 2027");
        }
    }

    @Test
    void theHomePageRefusesAStrategyThatExists() throws Exception {
        try (Browser browser = new Browser("home-duplicate", served.base())) {
            browser.open("#/");
            browser.fill(Browser.id("new-name"), "Acme again");
            browser.fill(Browser.id("new-id"), "acme");
            byte[] before = Files.readAllBytes(served.folder().resolve("acme.cxs"));
            browser.click(By.cssSelector("main form button[type=submit]"));
            String toast = browser.awaitText(By.cssSelector("#toasts .toast-error"), "exists already");
            assertTrue(toast.contains("acme"), toast);
            browser.screenshot("home-duplicate-refused");
            assertEquals("#/", browser.hash());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(served.folder().resolve("acme.cxs"))));
        }
    }

    @Test
    void theOverviewShowsTheStepsAndNoticesAChangeBySomeoneElse() throws Exception {
        try (Browser browser = new Browser("overview", served.base())) {
            browser.open("#/s/acme");
            browser.awaitText(By.cssSelector("main h1"), "Acme Fresh CX strategy 2026");
            List<WebElement> steps = browser.driver().findElements(By.cssSelector("main .step-list > li"));
            assertEquals(9, steps.size());
            assertTrue(browser.text(By.cssSelector("main .lead")).contains("current period 2026-Q3"),
                    browser.text(By.cssSelector("main .lead")));
            browser.screenshot("overview-acme");
            browser.assertNoScriptErrors();

            // someone else changes the strategy; the open page notices within its polling interval (5 s)
            Rest other = new Rest(served.base(), "Olivia");
            long version = other.version("acme");
            HttpResponse<String> changed = other.send("PATCH", "/api/strategies/acme/entities/goal/goal-3",
                    Map.of("values", Map.of("name", "Churn goal renamed by Olivia")), version);
            assertEquals(200, changed.statusCode(), changed.body());
            String banner = browser.awaitText(By.id("remote-change"), "Someone else changed");
            assertTrue(banner.contains("version " + (version + 1)), banner);
            browser.screenshot("overview-remote-change");

            browser.click(By.cssSelector("#remote-change button"));
            browser.awaitPage();
            browser.awaitText(By.cssSelector("main .lead"), "version " + (version + 1));
            assertTrue(browser.driver().findElements(By.id("remote-change")).isEmpty(), "the notice is gone");
            browser.screenshot("overview-reloaded");
        }
    }
}
