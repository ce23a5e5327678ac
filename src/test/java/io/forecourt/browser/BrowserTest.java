package io.forecourt.browser;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the browser journeys: a real headless Chromium against the app of the running
 * {@code @QuarkusTest} (same embedded PostgreSQL, same demo data). Each page a journey opens is
 * checked as a user would notice it: it does not scroll sideways, the console shows no error and
 * nothing was fetched from another host. Where Chromium is absent the journeys are skipped with a
 * message saying how to install it.
 *
 * <p>A journey is a subclass with one {@code @ParameterizedTest} per story, run at {@link #WIDTHS};
 * steps are small protected methods here ({@link #signInAs}, {@link #open}, {@link #click}) so a new
 * step in a story (a new button, a confirmation) is one line in the subclass.
 */
public abstract class BrowserTest {

    /** A phone and a laptop. */
    protected static final int PHONE = 360;
    protected static final int LAPTOP = 1280;

    private static boolean toldToInstall;

    protected Browser browser;
    protected ChromeDriver driver;
    protected int width;

    /** On a failure, the page as it was (PNG and HTML under target/browser/failed-*), to see what went wrong. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher keepFailedPage = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (driver == null) {
                return;
            }
            try {
                String name = "failed-" + context.getRequiredTestMethod().getName();
                screenshot(name);
                Files.writeString(Path.of("target", "browser", name + "-" + width + ".html"), driver.getPageSource());
            } catch (RuntimeException | IOException e) {
                // the failure itself is what matters
            }
        }
    };

    @BeforeEach
    void browser() {
        java.util.Optional<String> why = Browser.unusable();
        if (why.isPresent() && !toldToInstall) {
            toldToInstall = true;
            System.err.println(why.get());
        }
        Assumptions.assumeTrue(why.isEmpty(), why.orElse(""));
        browser = Browser.get().orElseThrow();
        driver = browser.driver;
        driver.manage().deleteAllCookies();
        at(LAPTOP);
        browser.takeConsoleErrors();
        browser.takeRequests();
    }

    @AfterEach
    void signOutOfTheBrowser() {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    protected String base() {
        return "http://localhost:" + RestAssured.port;
    }

    /** Sets the viewport width for what follows. */
    protected void at(int width) {
        this.width = width;
        browser.width(width);
    }

    /** Opens a page of the app and checks it. */
    protected void open(String path) {
        driver.get(base() + path);
        checkPage();
    }

    protected void signInAs(String user) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/login");
        driver.findElement(By.name("j_username")).sendKeys(user);
        driver.findElement(By.name("j_password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login") && !d.getCurrentUrl().contains("j_security_check"));
        assertThat(all("form.signout")).as("signed in as " + user + " (" + driver.getCurrentUrl() + ")").isNotEmpty();
        checkPage();
    }

    protected void signOut() {
        driver.manage().deleteAllCookies();
    }

    protected WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected String text(String css) {
        return find(css).getText();
    }

    /** Clicks and waits for the next page (or the in-place update) to settle, then checks it. */
    protected void click(String css) {
        WebElement target = find(css);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
        settle();
        checkPage();
    }

    /** Clicks the button or link showing this text. */
    protected void clickText(String tag, String words) {
        WebElement target = driver.findElements(By.cssSelector(tag)).stream()
                .filter(e -> e.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + tag + " saying \"" + words + "\" on " + driver.getCurrentUrl()));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
        settle();
        checkPage();
    }

    protected void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    protected void waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition::apply);
    }

    protected void waitForText(String css, String words) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), words));
    }

    /** Waits until the document is loaded and no in-place update is running. */
    protected void settle() {
        waitFor(d -> "complete".equals(js("return document.readyState"))
                && Boolean.TRUE.equals(js("return !document.querySelector('.busy')")));
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** What a user would notice on any page: sideways scrolling, console errors, foreign requests. */
    protected void checkPage() {
        settle();
        String where = driver.getCurrentUrl() + " at " + width + " px";
        Number scrollWidth = (Number) js("return document.documentElement.scrollWidth");
        Number innerWidth = (Number) js("return window.innerWidth");
        assertThat(innerWidth.intValue()).as("viewport of " + where).isEqualTo(width);
        assertThat(scrollWidth.intValue()).as("page width of " + where + " (widest: " + widest() + ")")
                .isLessThanOrEqualTo(innerWidth.intValue());
        // A refused form answers 4xx with the form again (what was typed kept): Chromium logs the
        // document's own status, which is no error on the page; anything else it loaded still counts.
        String self = "(" + driver.getCurrentUrl() + ")";
        assertThat(browser.takeConsoleErrors()).as("console errors on " + where)
                .filteredOn(e -> !(e.startsWith("Failed to load resource: the server responded with a status of 4")
                        && e.endsWith(self)))
                .isEmpty();
        String host = URI.create(base()).getHost();
        assertThat(browser.takeRequests()).as("requests to other hosts from " + where)
                .allSatisfy(url -> assertThat(url.startsWith("data:") || url.startsWith("blob:")
                        || host.equals(URI.create(url).getHost())).as(url).isTrue());
    }

    /** The elements sticking out to the right, to say what to fix when a page is too wide. */
    private String widest() {
        return String.valueOf(js("var w = window.innerWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect(); if (r.right > w + 1 && out.length < 5) {"
                + " out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
                + " + ' ' + Math.round(r.right) + 'px'); } }); return out.join(', ');"));
    }

    /** A PNG of one element under target/browser/ when -Dbrowser.screenshots=true, for a person to look at. */
    protected void screenshotOf(String css, String name) {
        if (!Boolean.getBoolean("browser.screenshots") || all(css).isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(Path.of("target", "browser"));
            Files.write(Path.of("target", "browser", name + "-" + width + ".png"), find(css).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The visible part of the page, with {@code css} at the top, when -Dbrowser.screenshots=true. */
    protected void snap(String css, String name) {
        if (!Boolean.getBoolean("browser.screenshots") || all(css).isEmpty()) {
            return;
        }
        js("arguments[0].scrollIntoView({block: 'start'})", find(css));
        try {
            Files.createDirectories(Path.of("target", "browser"));
            Files.write(Path.of("target", "browser", name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A full-page PNG under target/browser/, for a person to look at. */
    protected Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            Number height = (Number) js("return Math.min(document.documentElement.scrollHeight, 6000)");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height.intValue() + 100));
            Path file = dir.resolve(name + "-" + width + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            at(width);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
