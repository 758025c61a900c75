package de.klimaflow.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;

import de.klimaflow.support.Chromium;

/**
 * Heap per signed-in staff session of a running production jar (src/bench/run.sh): headless Chromium contexts
 * sign in and keep their task list open, and the app's live heap is read with {@code jcmd <pid>
 * GC.class_histogram}, which collects fully first. A few sessions go first and are not counted, so what the
 * first sessions load once (classes, caches) is not counted. The counted sessions sign in from
 * {@code bench.sign-in-workers} (3) browsers at once. Prints the figure and the classes that grew most.
 * {@code SessionHeap <baseUrl> <user> <password> <sessions> <appPid>}; at most 10 minutes.
 */
public final class SessionHeap {

    private static final int FIRST = 3;
    /** Browsers that sign in at once: a sign-in mostly waits for the app and for page scripts, not for a core. */
    private static final int WORKERS = Integer.getInteger("bench.sign-in-workers", 3);
    /** Opened once the heap has been read after the counted sessions: until then every worker keeps its sessions. */
    private static final CountDownLatch release = new CountDownLatch(1);

    private static final Duration LIMIT = Duration.ofMinutes(10);
    private static final Pattern ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");

    private SessionHeap() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String user = args[1];
        String password = args[2];
        int sessions = Integer.parseInt(args[3]);
        long pid = Long.parseLong(args[4]);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/bench"));
        Chromium chromium = new Chromium().start();
        List<BrowserContext> contexts = new ArrayList<>();
        int exit = 0;
        try {
            for (int i = 0; i < FIRST; i++) {
                contexts.add(signedIn(chromium, base, user, password));
            }
            Map<String, Long> before = liveBytesPerClass(pid);
            long start = System.nanoTime();
            List<SignInWorker> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                workers.add(new SignInWorker(
                        i, base, user, password, sessions / WORKERS + (i < sessions % WORKERS ? 1 : 0), deadline));
            }
            workers.forEach(Thread::start);
            int counted = 0;
            boolean workersShowTasks = true;
            for (SignInWorker worker : workers) {
                worker.signedIn.await();
                counted += worker.counted;
                workersShowTasks &= worker.allShowTasks;
            }
            double secondsPerSignIn = (System.nanoTime() - start) / 1e9 / counted;
            Map<String, Long> after = liveBytesPerClass(pid);
            release.countDown();
            for (SignInWorker worker : workers) {
                worker.join();
            }
            long growth = total(after) - total(before);
            double perSession = growth / (double) counted / 1024;
            boolean allShowTasks = workersShowTasks && contexts.stream().allMatch(SessionHeap::showsTasks);
            System.out.printf(
                    Locale.ROOT,
                    "heap per staff session: %.0f KB over %d signed-in sessions in Chromium, production jar"
                            + " (live heap %d MB before, %d MB after; %.1f s per sign-in with %d browsers at once; goal at most 1024 KB)%s%n",
                    perSession,
                    counted,
                    total(before) >> 20,
                    total(after) >> 20,
                    secondsPerSignIn,
                    WORKERS,
                    allShowTasks ? "" : "; NOT every session shows its task list");
            System.out.println("heap per staff session, largest shares (bytes per session, class):");
            int perSessionOf = counted;
            after.entrySet().stream()
                    .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12)
                    .forEach(entry -> System.out.printf(
                            Locale.ROOT, "  %8d  %s%n", entry.getValue() / perSessionOf, entry.getKey()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("scenario", "footprint");
            line.put("name", "heap per staff session (KB)");
            line.put("kb", Math.round(perSession));
            line.put("sessions", counted);
            LoadGenerator.append(line);
            exit = counted == sessions && allShowTasks ? 0 : 1;
        } catch (RuntimeException failed) {
            failed.printStackTrace();
            exit = 1;
        } finally {
            release.countDown();
            contexts.forEach(BrowserContext::close);
            chromium.close();
        }
        System.exit(exit);
    }

    private static boolean showsTasks(BrowserContext context) {
        return context.pages().get(0).title().contains("Aufgaben");
    }

    /**
     * Signs in its share of the counted sessions in a browser of its own (Playwright objects belong to the thread
     * that made them), then keeps them open until the heap has been read.
     */
    private static final class SignInWorker extends Thread {

        private final String base;
        private final String user;
        private final String password;
        private final int share;
        private final long deadline;
        private final CountDownLatch signedIn = new CountDownLatch(1);
        private volatile int counted;
        private volatile boolean allShowTasks;

        SignInWorker(int number, String base, String user, String password, int share, long deadline) {
            super("sign-in-" + number);
            this.base = base;
            this.user = user;
            this.password = password;
            this.share = share;
            this.deadline = deadline;
            setDaemon(true);
        }

        @Override
        public void run() {
            Chromium chromium = new Chromium();
            List<BrowserContext> contexts = new ArrayList<>();
            try {
                chromium.start();
                while (contexts.size() < share && System.nanoTime() < deadline) {
                    contexts.add(signedIn(chromium, base, user, password));
                }
                counted = contexts.size();
                allShowTasks = contexts.stream().allMatch(SessionHeap::showsTasks);
                signedIn.countDown();
                release.await();
            } catch (RuntimeException | InterruptedException failed) {
                failed.printStackTrace();
            } finally {
                signedIn.countDown();
                contexts.forEach(BrowserContext::close);
                chromium.close();
            }
        }
    }

    private static BrowserContext signedIn(Chromium chromium, String base, String user, String password) {
        BrowserContext context = chromium.germanContext();
        Chromium.signIn(context, base, user, password);
        return context;
    }

    /** Live bytes per class; the smaller total of two histograms, as a collection may still free a little. */
    private static Map<String, Long> liveBytesPerClass(long pid) throws IOException, InterruptedException {
        Map<String, Long> first = histogram(pid);
        Map<String, Long> second = histogram(pid);
        return total(second) <= total(first) ? second : first;
    }

    private static Map<String, Long> histogram(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.class_histogram failed: " + output);
        }
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = ROW.matcher(output);
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    private static long total(Map<String, Long> bytes) {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }
}
