package de.klimaflow.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import de.klimaflow.security.UserDirectory;

/** Engine tasks as the UI shows them: process names, readable business objects and assignee names, a page at a time. */
@Component
class TaskRows {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final UserDirectory users;
    /** Looked up on first use: the features' labels use services that in turn complete tasks here. */
    private final ObjectProvider<BusinessObjectLabels> labels;

    private volatile @Nullable Map<String, BusinessObjectLabels> labelsByProcess;

    TaskRows(
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            UserDirectory users,
            ObjectProvider<BusinessObjectLabels> labels) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.users = users;
        this.labels = labels;
    }

    /** Resolves process names, business objects and assignee names for a page with one query each. */
    List<TaskRow> of(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessDefinition> definitions = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionIdIn(
                        distinct(tasks, Task::getProcessDefinitionId).toArray(String[]::new))
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
        Map<String, String> businessKeys = new HashMap<>();
        Set<String> instanceIds = distinct(tasks, Task::getProcessInstanceId);
        if (!instanceIds.isEmpty()) {
            for (ProcessInstance instance : runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceIds(instanceIds)
                    .list()) {
                if (instance.getBusinessKey() != null) {
                    businessKeys.put(instance.getId(), instance.getBusinessKey());
                }
            }
        }
        Map<String, Map<String, String>> labels = labels(tasks, definitions, businessKeys);
        Map<String, String> assignees = users.displayNames(distinct(tasks, Task::getAssignee));

        return tasks.stream()
                .map(task -> {
                    ProcessDefinition definition = definitions.get(task.getProcessDefinitionId());
                    String processKey = definition == null ? null : definition.getKey();
                    String businessKey = businessKeys.get(task.getProcessInstanceId());
                    String businessObject = businessKey == null
                            ? null
                            : labels.getOrDefault(processKey, Map.of()).getOrDefault(businessKey, businessKey);
                    return new TaskRow(
                            task.getId(),
                            task.getName(),
                            task.getTaskDefinitionKey(),
                            processKey,
                            definition == null ? null : nameOf(definition),
                            task.getProcessInstanceId(),
                            businessKey,
                            businessObject,
                            task.getAssignee(),
                            task.getAssignee() == null ? null : assignees.get(task.getAssignee()),
                            instant(task.getDueDate()),
                            instant(task.getFollowUpDate()),
                            task.getPriority(),
                            task.getCreateTime().toInstant(),
                            task.getFormKey());
                })
                .toList();
    }

    private Map<String, Map<String, String>> labels(
            List<Task> tasks, Map<String, ProcessDefinition> definitions, Map<String, String> businessKeys) {
        Map<String, Set<String>> keysByProcess = tasks.stream()
                .filter(task -> definitions.containsKey(task.getProcessDefinitionId())
                        && businessKeys.containsKey(task.getProcessInstanceId()))
                .collect(Collectors.groupingBy(
                        task -> Objects.requireNonNull(definitions.get(task.getProcessDefinitionId()))
                                .getKey(),
                        Collectors.mapping(task -> businessKeys.get(task.getProcessInstanceId()), Collectors.toSet())));
        Map<String, Map<String, String>> labels = new HashMap<>();
        keysByProcess.forEach((processKey, keys) -> {
            BusinessObjectLabels provider = labelsByProcess().get(processKey);
            if (provider != null) {
                labels.put(processKey, provider.labels(keys));
            }
        });
        return labels;
    }

    private static String nameOf(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    private static <T> Set<T> distinct(Collection<Task> tasks, Function<Task, T> property) {
        return tasks.stream().map(property).filter(value -> value != null).collect(Collectors.toSet());
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }

    private Map<String, BusinessObjectLabels> labelsByProcess() {
        Map<String, BusinessObjectLabels> known = labelsByProcess;
        if (known == null) {
            known = labels.orderedStream()
                    .collect(Collectors.toMap(BusinessObjectLabels::processDefinitionKey, Function.identity()));
            labelsByProcess = known;
        }
        return known;
    }
}
