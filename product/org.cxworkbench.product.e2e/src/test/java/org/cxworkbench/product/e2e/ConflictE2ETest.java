package org.cxworkbench.product.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Two people edit the same goal at once in two browsers: both open it, Ann saves, Bob saves on the version he
 * loaded and is refused (409) with a notice naming Ann's change; the file holds Ann's value; after "Reload" Bob
 * sees it and can make his change on top.
 */
class ConflictE2ETest {

    @RegisterExtension
    static final ServedExample served = new ServedExample("conflict");

    @Test
    void theSecondSaveOfTheSameGoalIsRefusedAndNamesTheFirst() throws Exception {
        try (Browser a = new Browser("ann", served.base()); Browser b = new Browser("bob", served.base())) {
            Workbench ann = new Workbench(a, "acme");
            Workbench bob = new Workbench(b, "acme");
            a.open("#/");
            ann.user("Ann");
            b.open("#/");
            bob.user("Bob");

            ann.step(1);
            bob.step(1);
            ann.row("goal-table", "goal-3");
            bob.row("goal-table", "goal-3");

            // both open the same goal
            a.click(Browser.testId("edit-goal-goal-3"));
            a.visible(Workbench.form("goal"));
            b.click(Browser.testId("edit-goal-goal-3"));
            b.visible(Workbench.form("goal"));
            a.screenshot("goal-3-open");
            b.screenshot("goal-3-open");

            // Ann saves first
            ann.fill("goal", Map.of("name", "Churn goal as Ann wrote it")).save("goal");
            a.awaitText(Browser.testId("goal-table"), "Churn goal as Ann wrote it");
            a.screenshot("goal-3-saved");
            String saved = Files.readString(served.folder().resolve("acme.cxs"));
            assertTrue(saved.contains("name=\"Churn goal as Ann wrote it\""), "Ann's change is in the file");

            // Bob saves on the version he loaded: refused, with what changed
            bob.fill("goal", Map.of("name", "Churn goal as Bob wrote it"));
            b.click(By.cssSelector("[data-testid='goal-form'] [data-testid='form-submit']"));
            String notice = b.awaitText(By.cssSelector(".conflict[role=alertdialog]"), "Someone else changed this strategy");
            assertTrue(notice.contains("Ann"), notice);
            assertTrue(notice.contains("updated goal goal-3 (name)"), notice);
            assertTrue(notice.contains("Your change was not saved"), notice);
            b.screenshot("goal-3-conflict");

            String file = Files.readString(served.folder().resolve("acme.cxs"));
            assertTrue(file.contains("name=\"Churn goal as Ann wrote it\""), "the file holds Ann's value");
            assertFalse(file.contains("Churn goal as Bob wrote it"), "Bob's refused value is not saved");

            // Bob reloads, sees Ann's name, and changes another field on top of it
            b.click(By.cssSelector(".conflict[role=alertdialog] button.primary"));
            b.awaitText(Browser.testId("goal-table"), "Churn goal as Ann wrote it");
            assertTrue(b.driver().findElements(By.cssSelector(".conflict[role=alertdialog]")).isEmpty());
            b.screenshot("goal-3-reloaded");
            b.click(Browser.testId("edit-goal-goal-3"));
            bob.fill("goal", Map.of("description", "Bob adds the reason after reading Ann's change")).save("goal");
            b.awaitText(Browser.testId("goal-table"), "Churn goal as Ann wrote it");
            String after = Files.readString(served.folder().resolve("acme.cxs"));
            assertTrue(after.contains("name=\"Churn goal as Ann wrote it\"")
                    && after.contains("Bob adds the reason after reading Ann's change"), "both changes are kept");
            a.assertNoScriptErrors();
        }
    }
}
