package io.forecourt.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.log.Log;
import org.openqa.selenium.devtools.v156.network.Network;
import org.openqa.selenium.devtools.v156.runtime.Runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one headless Chromium of a test run: Debian's {@code chromium} driven through its
 * {@code chromedriver}, never a downloaded browser. It starts on first use and quits when the JVM
 * ends, so every journey class shares it. DevTools listeners record console errors, uncaught
 * exceptions and every request the pages make, so a journey can assert none went to another host.
 */
final class Browser {

    static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    static final String INSTALL = "Browser tests skipped: Chromium is not installed. Install it with "
            + "`sudo apt-get install -y chromium chromium-driver` (Debian/Ubuntu) to run them.";

    private static Browser shared;
    private static boolean failedToStart;

    final ChromeDriver driver;
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The Chromium major version the DevTools bindings on the test classpath speak (selenium-devtools-vNNN). */
    static final int DEVTOOLS_VERSION = 156;

    private static Optional<String> unusable;

    static boolean installed() {
        return new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
    }

    /**
     * Why the browser journeys cannot run here, if they cannot: no Chromium, or one whose DevTools
     * protocol the bindings do not speak (an old package list installs an older Chromium; it would
     * start and then fail every journey, which says nothing about the app).
     */
    static synchronized Optional<String> unusable() {
        if (unusable == null) {
            unusable = !installed() ? Optional.of(INSTALL) : versionProblem();
        }
        return unusable;
    }

    private static Optional<String> versionProblem() {
        try {
            Process p = new ProcessBuilder(CHROMIUM, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.\\d+\\.\\d+").matcher(out);
            if (m.find() && Integer.parseInt(m.group(1)) != DEVTOOLS_VERSION) {
                return Optional.of("Browser tests skipped: " + CHROMIUM + " is Chromium " + m.group(1)
                        + " but the tests drive DevTools " + DEVTOOLS_VERSION + ". Refresh the package lists and "
                        + "upgrade it (`sudo apt-get update && sudo apt-get install -y chromium chromium-driver`), or "
                        + "point -Dbrowser.binary and -Dbrowser.driver at a Chromium " + DEVTOOLS_VERSION + ".");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Browser tests skipped: " + CHROMIUM + " --version did not run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("Browser tests skipped: interrupted while asking Chromium its version");
        }
    }

    /** The shared browser, started on first call; empty where Chromium is not installed. */
    static synchronized Optional<Browser> get() {
        if (shared == null && !failedToStart && unusable().isEmpty()) {
            try {
                shared = start();
                java.lang.Runtime.getRuntime().addShutdownHook(new Thread(shared.driver::quit));
            } catch (RuntimeException | IOException e) {
                failedToStart = true;
                throw new IllegalStateException("Chromium is installed but did not start", e);
            }
        }
        return Optional.ofNullable(shared);
    }

    private static Browser start() throws IOException {
        // no Selenium Manager: the driver and the browser are named, nothing is looked up or downloaded
        System.setProperty("webdriver.chrome.driver", DRIVER);
        Path profile = Files.createTempDirectory("forecourt-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(driver);
        browser.listen();
        return browser;
    }

    private void listen() {
        DevTools devTools = driver.getDevTools();
        devTools.createSession();
        devTools.send(Network.enable(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        devTools.send(Log.enable());
        devTools.send(Runtime.enable());
        devTools.addListener(Network.requestWillBeSent(), r -> requests.add(r.getRequest().getUrl()));
        devTools.addListener(Log.entryAdded(), e -> {
            if (e.getLevel() == org.openqa.selenium.devtools.v156.log.model.LogEntry.Level.ERROR) {
                consoleErrors.add(e.getText() + e.getUrl().map(u -> " (" + u + ")").orElse(""));
            }
        });
        devTools.addListener(Runtime.consoleAPICalled(), c -> {
            if (c.getType() == org.openqa.selenium.devtools.v156.runtime.model.ConsoleAPICalled.Type.ERROR) {
                consoleErrors.add("console.error: " + c.getArgs().stream()
                        .map(a -> String.valueOf(a.getValue().orElse(a.getDescription().orElse(""))))
                        .reduce((a, b) -> a + " " + b).orElse(""));
            }
        });
        devTools.addListener(Runtime.exceptionThrown(), x -> consoleErrors.add("uncaught: "
                + x.getExceptionDetails().getException().flatMap(o -> o.getDescription())
                .orElse(x.getExceptionDetails().getText())));
    }

    /** Sets the viewport width (the window is resized until the page's innerWidth matches). */
    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** Console errors and requests seen since the last call, and forgets them. */
    List<String> takeConsoleErrors() {
        synchronized (consoleErrors) {
            List<String> copy = List.copyOf(consoleErrors);
            consoleErrors.clear();
            return copy;
        }
    }

    List<String> takeRequests() {
        synchronized (requests) {
            List<String> copy = List.copyOf(requests);
            requests.clear();
            return copy;
        }
    }
}
