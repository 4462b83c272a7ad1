package org.cxworkbench.product.e2e;

import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The workbench's pages as a user works them, through the stable test ids of
 * {@code bundles/org.cxworkbench.web.ui/src/main/resources/ui/pages/README.md}: open a step, open an add or edit
 * dialog, fill the fields of an element's form ({@code [data-field=FIELD]} inside {@code NOUN-form}), save it.
 */
final class Workbench {

    private final Browser browser;
    private final String strategy;

    Workbench(Browser browser, String strategy) {
        this.browser = browser;
        this.strategy = strategy;
    }

    Browser browser() {
        return browser;
    }

    /** Sets the name shown in the change history (the input in the top bar, kept in the browser). */
    Workbench user(String name) {
        browser.fill(By.id("user-name"), name);
        browser.visible(By.id("user-name")).sendKeys(Keys.TAB);
        browser.until(d -> name.equals(browser.script("return localStorage.getItem('cxw.user');")), "the user name saved");
        return this;
    }

    /** Opens step N and waits for its content; takes a screenshot named {@code step-N}. */
    Workbench step(int n) {
        browser.open("#/s/" + strategy + "/step/" + n);
        // the heading reads "Step N: title" (steps 1-6, 9) or "N. title" (steps 7, 8)
        browser.until(d -> browser.text(By.cssSelector("main h1")).matches("(Step " + n + ":|" + n + "\\.) .*"),
                "the heading of step " + n);
        browser.awaitPage();
        browser.screenshot("step-" + n);
        browser.assertNoScriptErrors();
        return this;
    }

    static By testId(String id) {
        return Browser.testId(id);
    }

    static By form(String noun) {
        return testId(noun + "-form");
    }

    /** Clicks {@code opener}, waits for the form of {@code noun}, fills {@code values}, saves; returns when it closed. */
    Workbench add(String opener, String noun, Map<String, ?> values) {
        browser.click(testId(opener));
        fill(noun, values);
        return save(noun);
    }

    /** Fills fields of the open form of {@code noun}: texts, select values (API values), lists (checkboxes or lines). */
    Workbench fill(String noun, Map<String, ?> values) {
        browser.visible(form(noun));
        values.forEach((field, value) -> {
            By by = By.cssSelector("[data-testid='" + noun + "-form'] [data-field='" + field + "']");
            List<WebElement> found = browser.driver().findElements(by);
            if (found.isEmpty()) {
                throw new AssertionError("the " + noun + " form has no field " + field + "; it shows:\n"
                        + browser.text(form(noun)));
            }
            WebElement first = found.get(0);
            String tag = first.getTagName();
            String type = String.valueOf(first.getAttribute("type"));
            if (tag.equals("select")) {
                browser.select(by, String.valueOf(value));
            } else if (type.equals("checkbox") && value instanceof List<?> list) {
                for (WebElement box : found) {
                    boolean wanted = list.contains(box.getAttribute("value"));
                    if (box.isSelected() != wanted) {
                        browser.script("arguments[0].scrollIntoView({block: 'center'});", box);
                        box.click();
                    }
                }
            } else if (type.equals("checkbox")) {
                if (first.isSelected() != Boolean.parseBoolean(String.valueOf(value))) {
                    first.click();
                }
            } else if (value instanceof List<?> lines) {
                browser.fill(by, String.join("\n", lines.stream().map(String::valueOf).toList()));
            } else {
                browser.fill(by, String.valueOf(value));
            }
        });
        return this;
    }

    /** Saves the open form of {@code noun} and waits until its dialog closed; fails with a refusal's message. */
    Workbench save(String noun) {
        By submit = By.cssSelector("[data-testid='" + noun + "-form'] [data-testid='form-submit']");
        browser.click(submit);
        browser.until(d -> {
            // one look at the page, so nothing goes stale between finding and reading
            Object state = browser.script("const f = document.querySelector(\"[data-testid='\" + arguments[0] + \"-form']\");"
                    + "if (!f) return 'closed';"
                    + "const e = f.querySelector(\"[data-testid='form-error']\");"
                    + "return e && !e.hidden && e.textContent.trim() ? 'refused: ' + e.textContent.trim() : null;", noun);
            if (state != null && String.valueOf(state).startsWith("refused: ")) {
                browser.screenshot(noun + "-refused");
                throw new AssertionError("the " + noun + " form was " + state);
            }
            return state != null;
        }, "the " + noun + " dialog to close after saving");
        return this;
    }

    /** Waits until an element with {@code data-id} shows in the block with test id {@code block}. */
    WebElement row(String block, String id) {
        return browser.visible(By.cssSelector("[data-testid='" + block + "'] [data-id='" + id + "']"));
    }

    /** Waits until the text shows anywhere in the page content. */
    Workbench shows(String text) {
        browser.awaitText(By.tagName("main"), text);
        return this;
    }
}
