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

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.UserDirectory;

/**
 * The staff's work on user tasks: list (paged and sorted by the database), claim, complete, comment.
 * Every call checks that the current user may see the task: it is assigned to them or offered to one
 * of their groups.
 */
@Service
@Transactional
public class WorkTaskService {

    public static final int MAX_COMMENT_LENGTH = 2000;

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    /** Looked up on first use: the features' labels use services that in turn complete tasks here. */
    private final ObjectProvider<BusinessObjectLabels> labels;

    private volatile @Nullable Map<String, BusinessObjectLabels> labelsByProcess;

    public WorkTaskService(
            TaskService taskService,
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            IdentityService identityService,
            CurrentUser currentUser,
            UserDirectory users,
            ObjectProvider<BusinessObjectLabels> labels) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.users = users;
        this.labels = labels;
    }

    @Transactional(readOnly = true)
    public List<TaskRow> list(TaskFilter filter, int offset, int limit, List<TaskSort> sort) {
        TaskQuery query = query(filter);
        if (query == null) {
            return List.of();
        }
        List<TaskSort> order = sort.isEmpty()
                ? List.of(TaskSort.asc(TaskSort.Property.DUE), TaskSort.desc(TaskSort.Property.PRIORITY))
                : sort;
        order.forEach(criterion -> applySort(query, criterion));
        query.orderByTaskId().asc(); // stable paging when the criteria tie
        return toRows(query.initializeFormKeys().listPage(offset, limit));
    }

    @Transactional(readOnly = true)
    public long count(TaskFilter filter) {
        TaskQuery query = query(filter);
        return query == null ? 0 : query.count();
    }

    /** Open tasks past their due date, per staff group (a task offered to two groups counts for both). */
    @Transactional(readOnly = true)
    public Map<String, Long> overdueByGroup() {
        Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
        Map<String, Long> overdue = new java.util.LinkedHashMap<>();
        for (String group : de.klimaflow.security.Groups.ALL) {
            if (!group.equals(de.klimaflow.security.Groups.OPERATORS)) {
                overdue.put(
                        group,
                        taskService
                                .createTaskQuery()
                                .taskCandidateGroup(group)
                                .includeAssignedTasks()
                                .active()
                                .dueBefore(now)
                                .count());
            }
        }
        return overdue;
    }

    /** The task if the current user may see it. */
    @Transactional(readOnly = true)
    public TaskRow get(String taskId) {
        return toRows(List.of(visibleTask(taskId))).get(0);
    }

    public void claim(String taskId) {
        Task task = visibleTask(taskId);
        if (task.getAssignee() != null) {
            throw new TaskNotAvailableException(taskId);
        }
        taskService.claim(taskId, currentUser.requireId());
    }

    public void unclaim(String taskId) {
        Task task = visibleTask(taskId);
        if (!currentUser.requireId().equals(task.getAssignee())) {
            throw new TaskNotAvailableException(taskId);
        }
        taskService.setAssignee(taskId, null);
    }

    /**
     * Completes the task with the given process variables. An unassigned group task is claimed first;
     * a task assigned to someone else cannot be completed. Runs in the caller's transaction, so a form's
     * business data and the completion commit together.
     */
    public void complete(String taskId, Map<String, Object> variables) {
        Task task = visibleTask(taskId);
        String me = currentUser.requireId();
        if (task.getAssignee() == null) {
            taskService.claim(taskId, me);
        } else if (!me.equals(task.getAssignee())) {
            throw new TaskNotAvailableException(taskId);
        }
        taskService.complete(taskId, variables);
    }

    /** A process variable as the task sees it (e.g. the reason a draft was sent back). */
    @Transactional(readOnly = true)
    public Object variable(String taskId, String name) {
        visibleTask(taskId);
        return taskService.getVariable(taskId, name);
    }

    @Transactional(readOnly = true)
    public List<TaskComment> comments(String taskId) {
        visibleTask(taskId);
        List<Comment> comments = taskService.getTaskComments(taskId);
        Map<String, String> names = users.displayNames(comments.stream()
                .map(Comment::getUserId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
        return comments.stream()
                .sorted((a, b) -> a.getTime().compareTo(b.getTime()))
                .map(c -> new TaskComment(
                        c.getUserId() == null ? null : names.get(c.getUserId()),
                        c.getTime().toInstant(),
                        c.getFullMessage()))
                .toList();
    }

    public void addComment(String taskId, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("comment must have 1 to " + MAX_COMMENT_LENGTH + " characters");
        }
        Task task = visibleTask(taskId);
        // Camunda takes the comment's author from the authenticated user
        identityService.setAuthenticatedUserId(currentUser.requireId());
        try {
            taskService.createComment(taskId, task.getProcessInstanceId(), trimmed);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Task visibleTask(String taskId) {
        Task task = taskId == null
                ? null
                : taskService
                        .createTaskQuery()
                        .taskId(taskId)
                        .initializeFormKeys()
                        .singleResult();
        if (task == null || !isVisible(task)) {
            throw new TaskNotAvailableException(taskId);
        }
        return task;
    }

    private boolean isVisible(Task task) {
        String me = currentUser.requireId();
        if (me.equals(task.getAssignee())) {
            return true;
        }
        List<String> myGroups = currentUser.groups();
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> me.equals(link.getUserId()) || myGroups.contains(link.getGroupId()));
    }

    /** The engine query for a tab, or null when the user cannot have any task in it. */
    private @Nullable TaskQuery query(TaskFilter filter) {
        String me = currentUser.requireId();
        List<String> groups = currentUser.groups();
        TaskQuery query = taskService.createTaskQuery().active();
        return switch (filter) {
            case ASSIGNED_TO_ME -> query.taskAssignee(me);
            case MY_GROUPS -> groups.isEmpty() ? null : query.taskCandidateGroupIn(groups);
            case OPEN_FOR_ME ->
                groups.isEmpty()
                        ? query.taskAssignee(me)
                        : query.or()
                                .taskAssignee(me)
                                .taskCandidateGroupIn(groups)
                                .endOr();
        };
    }

    private static void applySort(TaskQuery query, TaskSort sort) {
        switch (sort.property()) {
            case DUE -> query.orderByDueDate();
            case FOLLOW_UP -> query.orderByFollowUpDate();
            case PRIORITY -> query.orderByTaskPriority();
            case CREATED -> query.orderByTaskCreateTime();
            case NAME -> query.orderByTaskName();
        }
        if (sort.ascending()) {
            query.asc();
        } else {
            query.desc();
        }
    }

    /** Resolves process names, business objects and assignee names for a page with one query each. */
    List<TaskRow> toRows(List<Task> tasks) {
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
