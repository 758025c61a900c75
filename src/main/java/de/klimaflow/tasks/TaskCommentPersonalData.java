package de.klimaflow.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.security.Groups;

/**
 * Staff's comments on tasks that name the address, in the engine's history: the groups of the task see and erase
 * them. The engine offers no search over comments, so its comment table is read directly, by the name the engine
 * gives it; erasure goes through the engine's own API.
 */
@Component
class TaskCommentPersonalData implements PersonalDataHolder {

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

    @Override
    public List<HeldData> find(String address) {
        List<HeldData.Item> items = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (Found comment : comments(address)) {
            items.add(new HeldData.Item(
                    Formats.dateTime(comment.at()),
                    List.of(new HeldData.Field("privacy.field.note", comment.message()))));
            groups.addAll(groupsOf(comment.taskId()));
        }
        return List.of(new HeldData(COMMENTS, COMMENTS, groups.isEmpty() ? Set.of(Groups.OPERATORS) : groups, items));
    }

    @Override
    public Erased erase(String address, String scope) {
        List<Found> found = comments(address);
        found.forEach(comment -> taskService.deleteTaskComment(comment.taskId(), comment.id()));
        return new Erased(COMMENTS, found.size(), List.of());
    }

    private List<Found> comments(String address) {
        String table = managementService.getTableName(CommentEntity.class);
        return jdbc.query(
                "select id_, task_id_, time_, message_ from " + table
                        + " where task_id_ is not null and lower(message_) like ?",
                (row, number) -> new Found(
                        row.getString("id_"),
                        row.getString("task_id_"),
                        row.getTimestamp("time_").toInstant(),
                        String.valueOf(row.getString("message_"))),
                "%" + address.strip().toLowerCase(Locale.ROOT) + "%");
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
