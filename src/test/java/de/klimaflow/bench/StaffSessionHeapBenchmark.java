package de.klimaflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;

import de.klimaflow.support.Chromium;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

/**
 * Heap per signed-in staff session: 50 headless Chromium contexts sign in as the registration desk and
 * keep their task list open, and the server's heap after a full collection is compared with the heap
 * before. Three sessions go first, so what the first session loads once (classes, caches) is not counted.
 * Run with {@code ./mvnw verify -Pbenchmark}; the figure goes to the output as "heap per staff session".
 */
@Tag("benchmark")
@KlimaflowTest
class StaffSessionHeapBenchmark {

    private static final int SESSIONS = 50;
    private static final int FIRST = 3;

    @RegisterExtension
    static Chromium chromium = new Chromium();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void fiftyStaffSessionsInChromium() throws Exception {
        TestUsers.ensure(identityService);
        List<BrowserContext> contexts = new ArrayList<>();
        try {
            for (int i = 0; i < FIRST; i++) {
                contexts.add(signedIn());
            }
            long before = heapAfterCollection();
            for (int i = 0; i < SESSIONS; i++) {
                contexts.add(signedIn());
            }
            long after = heapAfterCollection();
            double perSession = (after - before) / (double) SESSIONS / 1024;
            System.out.printf(Locale.ROOT, "heap per staff session: %.0f KB over %d signed-in sessions in Chromium"
                    + " (heap %d MB before, %d MB after; goal at most 1024 KB)%n", perSession, SESSIONS,
                    before / (1024 * 1024), after / (1024 * 1024));
            // each session is still signed in and shows its task list
            assertThat(contexts).allSatisfy(context -> assertThat(context.pages().get(0).title()).contains("Aufgaben"));
        } finally {
            contexts.forEach(BrowserContext::close);
        }
    }

    private BrowserContext signedIn() {
        BrowserContext context = chromium.germanContext();
        Chromium.signIn(context, "http://localhost:" + port, TestUsers.REGISTRATION_DESK);
        return context;
    }

    /** The heap in use after full collections, the smallest of three readings. */
    private static long heapAfterCollection() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
