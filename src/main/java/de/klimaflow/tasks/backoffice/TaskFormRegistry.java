package de.klimaflow.tasks.backoffice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.klimaflow.tasks.TaskRow;

/** Maps the BPMN formKey of a user task to the Vaadin form registered for it. */
@Component
public class TaskFormRegistry {

    private final Map<String, TaskFormFactory> factories;

    public TaskFormRegistry(List<TaskFormFactory> factories) {
        // toMap fails on two factories for one key: a clash is a programming error, found at start-up
        this.factories = factories.stream().collect(Collectors.toMap(TaskFormFactory::formKey, Function.identity()));
    }

    /** The form for the task, or empty when its formKey is missing or unknown. */
    public Optional<TaskForm> formFor(TaskRow task) {
        return Optional.ofNullable(task.formKey()).map(factories::get).map(factory -> factory.create(task));
    }

    public boolean isRegistered(String formKey) {
        return factories.containsKey(formKey);
    }
}
