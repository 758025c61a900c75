package de.klimaflow.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium driven by Playwright (its own browser download cannot work on this kind of machine). */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    public static final Path EXECUTABLE = Paths.get(System.getProperty("klimaflow.chromium", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "e2e");

    private Playwright playwright;
    private Browser browser;

    /** Use as {@code @RegisterExtension static Chromium chromium = new Chromium();}: one browser per test class. */
    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    /** Starts the browser outside JUnit, e.g. in a benchmark's own main method; {@link #close()} ends it. */
    public Chromium start() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return this;
    }

    /** A fresh browser context as a German user in Berlin would have. */
    public BrowserContext germanContext() {
        return browser.newContext(germanOptions());
    }

    /** As {@link #germanContext()}, on the common laptop screen of 1,366 × 768 pixels. */
    public BrowserContext laptopContext() {
        return browser.newContext(germanOptions().setViewportSize(1366, 768));
    }

    /** As {@link #germanContext()}, but a test may inject its own script (axe-core) despite the pages' CSP. */
    public BrowserContext germanContextForAudits() {
        return browser.newContext(germanOptions().setBypassCSP(true));
    }

    /** Signs a staff user in through the login page of the app at base, and waits for their task list. */
    public static Page signIn(BrowserContext context, String base, String user) {
        return signIn(context, base, user, TestUsers.PASSWORD);
    }

    /** As {@link #signIn(BrowserContext, String, String)}, for an account with another password (a demo account). */
    public static Page signIn(BrowserContext context, String base, String user, String password) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.locator("vaadin-grid").waitFor();
        return page;
    }

    private static Browser.NewContextOptions germanOptions() {
        return new Browser.NewContextOptions()
                .setLocale("de-DE")
                .setTimezoneId("Europe/Berlin")
                .setViewportSize(1400, 1000);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    public void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
