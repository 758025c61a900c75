package de.klimaflow.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.FreeTextPersonalData;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.security.Groups;

/**
 * Staff's comments on tasks that name the address, in the engine's history: the groups of the task see and erase
 * them. The engine offers no search over comments, so its comment table is read directly, by the name the engine
 * gives it; erasure goes through the engine's own API.
 */
@Component
class TaskCommentPersonalData extends FreeTextPersonalData {

    static final String COMMENTS = "privacy.category.taskComments";

    private final JdbcTemplate jdbc;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final ManagementService managementService;

    TaskCommentPersonalData(
            JdbcTemplate jdbc,
            TaskService taskService,
            HistoryService historyService,
            ManagementService managementService) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.historyService = historyService;
        this.managementService = managementService;
    }

    private record Found(String id, String taskId, Instant at, String message) {}

    @Override
    public List<String> categories() {
        return List.of(COMMENTS);
    }

    /** Comments naming the address, or a name or phone number another feature holds for it. */
    @Override
    public List<HeldData> find(String address, Set<String> alsoKnownAs) {
        List<HeldData.Item> items = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        List<Found> found = comments(address, alsoKnownAs);
        for (Found comment : found) {
            items.add(new HeldData.Item(
                    Formats.dateTime(comment.at()),
                    List.of(new HeldData.Field("privacy.field.note", comment.message()))));
            groups.addAll(groupsOf(comment.taskId()));
        }
        // the scope names the comments found, so that erasure removes exactly those, whatever was erased before
        String scope = found.stream().map(c -> c.taskId() + ":" + c.id()).collect(Collectors.joining(","));
        return List.of(new HeldData(COMMENTS, scope, groups.isEmpty() ? Set.of(Groups.OPERATORS) : groups, items));
    }

    @Override
    public Erased erase(String address, String scope) {
        List<String> comments = scope.isEmpty() ? List.of() : List.of(scope.split(","));
        comments.forEach(comment -> {
            String[] taskAndComment = comment.split(":", 2);
            taskService.deleteTaskComment(taskAndComment[0], taskAndComment[1]);
        });
        return new Erased(COMMENTS, comments.size(), List.of());
    }

    private List<Found> comments(String address, Set<String> alsoKnownAs) {
        String table = managementService.getTableName(CommentEntity.class);
        List<String> patterns = likePatterns(address, alsoKnownAs);
        String any = patterns.stream().map(p -> "lower(message_) like ?").collect(Collectors.joining(" or "));
        return jdbc.query(
                "select id_, task_id_, time_, message_ from " + table + " where task_id_ is not null and (" + any + ")",
                (row, number) -> new Found(
                        row.getString("id_"),
                        row.getString("task_id_"),
                        row.getTimestamp("time_").toInstant(),
                        String.valueOf(row.getString("message_"))),
                patterns.toArray());
    }

    private Set<String> groupsOf(String taskId) {
        Set<String> groups = new HashSet<>();
        historyService.createHistoricIdentityLinkLogQuery().taskId(taskId).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId)
                .filter(java.util.Objects::nonNull)
                .forEach(groups::add);
        return groups;
    }
}
