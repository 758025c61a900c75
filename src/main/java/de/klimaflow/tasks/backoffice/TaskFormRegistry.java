package de.klimaflow.tasks.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.klimaflow.tasks.TaskRow;

/**
 * Maps the BPMN formKey of a user task to the Vaadin form registered for it. A key {@code app:<route>} (Camunda
 * Tasklist's convention for a form outside the task list) names a page of its own feature, opened with the task's
 * business key: for a feature below the task list, which cannot register a form here.
 */
@Component
public class TaskFormRegistry {

    static final String APP_PREFIX = "app:";

    private final Map<String, TaskFormFactory> factories;

    public TaskFormRegistry(List<TaskFormFactory> factories) {
        // toMap fails on two factories for one key: a clash is a programming error, found at start-up
        this.factories = factories.stream().collect(Collectors.toMap(TaskFormFactory::formKey, Function.identity()));
    }

    /** The form for the task, or empty when its formKey is missing or unknown. */
    public Optional<TaskForm> formFor(TaskRow task) {
        return Optional.ofNullable(task.formKey()).map(factories::get).map(factory -> factory.create(task));
    }

    /** The page a task with an {@code app:} form key is worked on, or empty for a task with a form here. */
    public Optional<String> pageFor(TaskRow task) {
        String formKey = task.formKey();
        return formKey != null && formKey.startsWith(APP_PREFIX)
                ? Optional.of(formKey.substring(APP_PREFIX.length()) + "/" + task.businessKey())
                : Optional.empty();
    }

    /** Whether a form or a page is known for the key; ProcessModelRulesTest checks that an app page is a route. */
    public boolean isRegistered(String formKey) {
        return factories.containsKey(formKey) || formKey.startsWith(APP_PREFIX);
    }
}
