package de.klimaflow.tasks;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.jspecify.annotations.Nullable;
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
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final TaskRows rows;

    public WorkTaskService(
            TaskService taskService,
            IdentityService identityService,
            CurrentUser currentUser,
            UserDirectory users,
            TaskRows rows) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.users = users;
        this.rows = rows;
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
        return rows.of(query.initializeFormKeys().listPage(offset, limit));
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
        return rows.of(List.of(visibleTask(taskId))).get(0);
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
}
