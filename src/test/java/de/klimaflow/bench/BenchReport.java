package de.klimaflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Last step of src/bench/run.sh: gathers what the run measured into target/bench/results.json and
 * rewrites docs/benchmarks.md, each figure beside its baseline. {@code BenchReport <benchDir> <markdown>
 * <command> <seconds>}.
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<JsonNode> runs = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("results.jsonl"))) {
            if (!line.isBlank()) {
                runs.add(JSON.readTree(line));
            }
        }
        JsonNode storm = Files.exists(dir.resolve("mail-storm.json"))
                ? JSON.readTree(dir.resolve("mail-storm.json").toFile())
                : JSON.createArrayNode();
        List<String> drills = lines(dir.resolve("drills.txt"));
        List<String> inProcess = lines(dir.resolve("in-process.txt"));
        List<String> startup = lines(dir.resolve("startup.txt"));
        List<String> sessionHeap = lines(dir.resolve("session-heap.txt"));
        String machine = Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
        String date = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

        Map<String, Object> all = new LinkedHashMap<>();
        all.put("date", date);
        all.put("machine", machine);
        all.put("command", args[2]);
        all.put("seconds", Long.parseLong(args[3]));
        all.put("runs", runs);
        all.put("mailStorm", storm);
        all.put("drills", drills);
        all.put("inProcess", inProcess);
        all.put("startup", startup);
        all.put("sessionHeap", sessionHeap);
        JSON.writeValue(dir.resolve("results.json").toFile(), all);

        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `")
                .append(args[2])
                .append("` on ")
                .append(date)
                .append(" (the whole run took ")
                .append(Long.parseLong(args[3]) / 60)
                .append(" min ")
                .append(Long.parseLong(args[3]) % 60)
                .append(" s). Machine: ")
                .append(machine)
                .append(
                        ". PostgreSQL, the SMTP server (GreenMail, own process), the app and the load generator share it, ")
                .append(
                        "so every figure includes their competition for the same cores. PostgreSQL's tables are kept by ")
                .append(System.getenv().getOrDefault("TABLE_MAINTENANCE", "its own settings"))
                .append(". The raw figures are in ")
                .append(
                        "`target/bench/results.json`; the notes below the tables are kept by hand in `src/bench/notes.md`.\n\n");

        md.append("## 1. Registration intake beside `/engine-rest` process starts\n\n");
        md.append(
                "| concurrency | requests of each kind | API registrations/s | p50 ms | p95 ms | p99 ms | engine-rest starts/s | p99 ms "
                        + "| API ratio (goal ≥ 0.7) | HTML form posts/s | p99 ms | form ratio |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode api : filter(runs, "intake", "POST /api/v1")) {
            JsonNode engine = atConcurrency(filter(runs, "intake", "POST /engine-rest"), api);
            JsonNode form = atConcurrency(filter(runs, "intake", "POST /veranstaltungen"), api);
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.0f | %.1f | %.1f | %.1f | %s | %s | %s | %s | %s | %s |%n",
                    api.get("concurrency").asInt(),
                    api.get("requests").asInt(),
                    api.get("perSecond").asDouble(),
                    api.get("p50").asDouble(),
                    api.get("p95").asDouble(),
                    api.get("p99").asDouble(),
                    figure(engine, "perSecond", "%.0f"),
                    figure(engine, "p99", "%.1f"),
                    ratio(api, engine),
                    figure(form, "perSecond", "%.0f"),
                    figure(form, "p99", "%.1f"),
                    ratio(form, engine)));
        }
        md.append("\n## 4. Public pages beside a static file (concurrency 32)\n\n");
        md.append("| request | pages/s | p50 ms | p99 ms | ratio to the static file |\n|---|---|---|---|---|\n");
        List<JsonNode> pages = filter(runs, "pages", "");
        double staticRate = pages.stream()
                .filter(run -> run.get("name").asText().contains("static"))
                .mapToDouble(run -> run.get("perSecond").asDouble())
                .findFirst()
                .orElse(Double.NaN);
        for (JsonNode page : pages) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.1f | %.1f | %.2f |%n",
                    page.get("name").asText(),
                    page.get("perSecond").asDouble(),
                    page.get("p50").asDouble(),
                    page.get("p99").asDouble(),
                    page.get("perSecond").asDouble() / staticRate));
        }
        md.append("\n## 3. Mail storm: 5,000 reminders over 10 events, and the SMTP outage\n\n");
        md.append(
                "| run | mails | seconds | mails/s (goal ≥ 150) | received | twice | job executor and pool |\n|---|---|---|---|---|---|---|\n");
        for (JsonNode run : storm) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %d | %d | %s |%n",
                    run.get("name").asText(),
                    run.get("mails").asInt(),
                    run.get("seconds").asDouble(),
                    run.get("perSecond").asDouble(),
                    run.get("received").asInt(),
                    run.get("duplicates").asInt(),
                    run.get("settings").asText()));
        }
        md.append("\n## 2. Task list and the other in-process figures (`./mvnw test -Pbenchmark`)\n\n```\n");
        inProcess.forEach(line -> md.append(line).append('\n'));
        md.append("```\n\n## 5. Footprint\n\n");
        filter(runs, "footprint", "")
                .forEach(run -> md.append("- ")
                        .append(run.get("name").asText())
                        .append(": ")
                        .append(
                                run.has("mb")
                                        ? run.get("mb").asInt() + " MB"
                                        : run.get("kb").asInt() + " KB (goal at most 1,024 KB) over "
                                                + run.get("sessions").asInt() + " sessions")
                        .append('\n'));
        if (!sessionHeap.isEmpty()) {
            md.append(
                    "\nHeap per staff session (`de.klimaflow.bench.SessionHeap`, Chromium against the production jar):\n\n```\n");
            sessionHeap.forEach(line -> md.append(line).append('\n'));
            md.append("```\n");
        }
        md.append("\nStart-up on H2 (`src/bench/startup.sh`, time until /actuator/health answers UP):\n\n```\n");
        startup.forEach(line -> md.append(line).append('\n'));
        md.append("```\n\n## Drills\n\n```\n");
        drills.forEach(line -> md.append(line).append('\n'));
        md.append("```\n");
        Path notes = Path.of("src/bench/notes.md");
        if (Files.exists(notes)) {
            md.append('\n').append(Files.readString(notes));
        }
        Files.writeString(Path.of(args[1]), md.toString());
        System.out.println("wrote " + dir.resolve("results.json") + " and " + args[1]);
    }

    private static List<JsonNode> filter(List<JsonNode> runs, String scenario, String namePrefix) {
        return runs.stream()
                .filter(run -> scenario.equals(run.path("scenario").asText())
                        && run.path("name").asText().startsWith(namePrefix))
                .toList();
    }

    private static List<String> lines(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB";
                }
            }
        } catch (java.io.IOException e) {
            // not Linux: leave it out
        }
        return "memory unknown";
    }

    private static JsonNode atConcurrency(List<JsonNode> runs, JsonNode like) {
        return runs.stream()
                .filter(run -> run.get("concurrency").asInt()
                        == like.get("concurrency").asInt())
                .findFirst()
                .orElse(null);
    }

    private static String figure(JsonNode run, String field, String format) {
        return run == null
                ? "–"
                : String.format(Locale.ROOT, format, run.get(field).asDouble());
    }

    private static String ratio(JsonNode run, JsonNode baseline) {
        return run == null || baseline == null
                ? "–"
                : String.format(
                        Locale.ROOT,
                        "%.2f",
                        run.get("perSecond").asDouble()
                                / baseline.get("perSecond").asDouble());
    }
}
