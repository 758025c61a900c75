package de.klimaflow.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** German and English say the same things, and every text the code asks for exists. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    /** English names of the BPMN elements; German reads them from the models themselves. */
    private static final String PROCESS_KEYS = "process.";

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(load("vaadin-i18n/translations_en.properties").stringPropertyNames().stream()
                        .filter(key -> !key.startsWith(PROCESS_KEYS))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        load("vaadin-i18n/translations.properties").stringPropertyNames());
        assertThat(load("mail/messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("mail/messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("vaadin-i18n/translations.properties").stringPropertyNames())
                .containsAll(used);
    }

    @Test
    void everyModelAndEveryNamedStepHasAnEnglishLabelAndNothingElse() throws IOException {
        Properties english = load("vaadin-i18n/translations_en.properties");
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path file : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                var model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromFile(file.toFile());
                for (var process : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
                    expected.add(PROCESS_KEYS + process.getId());
                    for (var node :
                            process.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
                        collect(process.getId(), node, expected);
                    }
                }
            }
        }
        assertThat(expected).as("user tasks, events and steps").hasSizeGreaterThan(50);
        assertThat(english.stringPropertyNames()).containsAll(expected);
        assertThat(english.stringPropertyNames().stream()
                        .filter(key -> key.startsWith(PROCESS_KEYS))
                        .toList())
                .as("no label for an element that is gone")
                .allMatch(expected::contains);
    }

    private static void collect(String processId, org.camunda.bpm.model.bpmn.instance.FlowNode node, Set<String> keys) {
        if (node.getName() != null
                && !node.getName().isBlank()
                && !(node instanceof org.camunda.bpm.model.bpmn.instance.Gateway)) {
            keys.add(PROCESS_KEYS + processId + "." + node.getId());
        }
        if (node instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub) {
            sub.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)
                    .forEach(child -> collect(processId, child, keys));
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
