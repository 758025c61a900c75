package de.klimaflow.bench;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording of the app (JFR, see {@code APP_JAVA_OPTS} in src/bench/run.sh) and prints
 * where the CPU went: the hottest methods by own samples, and the klimaflow and engine methods by the
 * samples spent in them and below. Usage: {@code JfrTop recording.jfr [lines [method]]}; with a method (a
 * prefix of "class.method"), the commonest paths from the app's code to it instead.
 * <p>
 * A recording of a whole bench run mixes its phases (the API, the baseline, the form, the mails' jobs). To read
 * one of them: {@code -Djfr.from=00:31:55 -Djfr.to=00:32:45} (UTC time of day, e.g. from the run's log) keeps the
 * samples of that window, {@code -Djfr.thread=http} those of the threads whose name starts so; the samples per
 * thread group are printed first. Record with {@code -XX:FlightRecorderOptions:stackdepth=256}: the default keeps
 * 64 frames, and a request's stack is deeper, so the outer frames would be missing from "in and below".
 */
public final class JfrTop {

    private static final List<String> OWN_CODE = List.of(
            "de.klimaflow.",
            "org.camunda.bpm.engine.impl.cmd.",
            "org.thymeleaf.TemplateEngine.",
            "org.postgresql.jdbc.PgPreparedStatement.execute",
            "org.hibernate.internal.SessionImpl.",
            "org.springframework.security.web.FilterChainProxy.doFilter",
            "com.zaxxer.hikari.HikariDataSource.getConnection",
            "org.springframework.orm.jpa.JpaTransactionManager.do");

    private JfrTop() {}

    public static void main(String[] args) throws Exception {
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String focus = args.length > 2 ? args[2] : null;
        Map<String, Integer> paths = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> byThread = new TreeMap<>();
        String thread = System.getProperty("jfr.thread", "");
        LocalTime from = LocalTime.parse(System.getProperty("jfr.from", "00:00:00"));
        LocalTime to = LocalTime.parse(System.getProperty("jfr.to", "23:59:59.999"));
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            LocalTime at = LocalTime.ofInstant(event.getStartTime(), ZoneOffset.UTC);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty() || at.isBefore(from) || at.isAfter(to)) {
                continue;
            }
            String threadName = event.getThread("sampledThread") == null
                    ? "?"
                    : event.getThread("sampledThread").getJavaName();
            // pool threads differ only by their number: one group each
            byThread.merge(threadName.replaceAll("[-#]?\\d+$", ""), 1, Integer::sum);
            if (!threadName.startsWith(thread)) {
                continue;
            }
            samples++;
            if (focus != null) {
                pathTo(focus, frames).ifPresent(path -> paths.merge(path, 1, Integer::sum));
            }
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (OWN_CODE.stream().anyMatch(name::startsWith) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "CPU samples by thread group: %s%n", byThread);
        if (focus != null) {
            System.out.printf(Locale.ROOT, "%d CPU samples; the commonest paths to %s:%n", samples, focus);
            print(paths, samples, lines);
            return;
        }
        System.out.printf(Locale.ROOT, "%d CPU samples%n%nhottest methods (own samples):%n", samples);
        print(self, samples, lines);
        System.out.printf(
                Locale.ROOT, "%nklimaflow, engine commands, rendering, SQL, security, pool (samples in and below):%n");
        print(total, samples, lines);
    }

    /** The frames from the deepest klimaflow or engine frame to the focused method, outermost first. */
    private static java.util.Optional<String> pathTo(String focus, List<RecordedFrame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (name(frames.get(i)).startsWith(focus)) {
                StringBuilder path = new StringBuilder(name(frames.get(i)));
                for (int j = i + 1; j < frames.size() && j < i + 40; j++) {
                    String caller = name(frames.get(j));
                    path.insert(0, caller + "\n        > ");
                    if (caller.startsWith("de.klimaflow.")) {
                        break;
                    }
                }
                return java.util.Optional.of(path.toString());
            }
        }
        return java.util.Optional.empty();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int lines) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(lines)
                .forEach(entry -> System.out.printf(
                        Locale.ROOT, "%6.1f %%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
