package de.klimaflow.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.FreeTextPersonalData;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.security.Groups;

/**
 * Process variables, running and in the engine's history, whose text names the address, or a name or phone number
 * another feature holds for it. The models keep business keys and small decision values only, so this finds nothing
 * today; it is the net under a future model that puts a person into a variable. Erasure overwrites a running value and
 * deletes the history of it, through the engine's API; the engine offers no search by value, so its tables are read.
 */
@Component
class ProcessVariablePersonalData extends FreeTextPersonalData {

    static final String VARIABLES = "privacy.category.processVariables";
    static final String ERASED = de.klimaflow.platform.Anonymised.MARKER;

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;

    ProcessVariablePersonalData(
            JdbcTemplate jdbc,
            RuntimeService runtimeService,
            HistoryService historyService,
            ManagementService managementService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
    }

    /** One variable: its id (the same in runtime and history), name, execution if it is still running, and value. */
    private record Found(
            String id,
            String name,
            @org.jspecify.annotations.Nullable String executionId,
            String value) {}

    @Override
    public List<String> categories() {
        return List.of(VARIABLES);
    }

    @Override
    public List<HeldData> find(String address, Set<String> alsoKnownAs) {
        List<Found> found = variables(address, alsoKnownAs);
        List<HeldData.Item> items = found.stream()
                .map(variable -> new HeldData.Item(
                        variable.name(), List.of(new HeldData.Field("privacy.field.text", variable.value()))))
                .toList();
        String scope = found.stream().map(Found::id).collect(Collectors.joining(","));
        return List.of(new HeldData(VARIABLES, scope, Set.of(Groups.OPERATORS), items));
    }

    @Override
    public Erased erase(String address, String scope) {
        List<String> ids = scope.isEmpty() ? List.of() : List.of(scope.split(","));
        for (String id : ids) {
            var running =
                    runtimeService.createVariableInstanceQuery().variableId(id).singleResult();
            if (running != null) {
                // a waiting process keeps its variable, without the person in it
                runtimeService.setVariable(running.getExecutionId(), running.getName(), ERASED);
            }
            if (historyService
                            .createHistoricVariableInstanceQuery()
                            .variableId(id)
                            .count()
                    > 0) {
                historyService.deleteHistoricVariableInstance(id);
            }
        }
        return new Erased(VARIABLES, ids.size(), List.of());
    }

    private List<Found> variables(String address, Set<String> alsoKnownAs) {
        List<String> patterns = likePatterns(address, alsoKnownAs);
        String any = patterns.stream()
                .map(pattern -> "lower(text_) like ? or lower(text2_) like ?")
                .collect(Collectors.joining(" or "));
        Object[] arguments = patterns.stream()
                .flatMap(pattern -> java.util.stream.Stream.of(pattern, pattern))
                .toArray();
        Map<String, Found> byId = new LinkedHashMap<>();
        jdbc.query(
                "select id_, name_, text_ from " + managementService.getTableName(HistoricVariableInstanceEntity.class)
                        + " where " + any,
                (row, number) -> byId.putIfAbsent(
                        row.getString("id_"),
                        new Found(row.getString("id_"), row.getString("name_"), null, row.getString("text_"))),
                arguments);
        jdbc.query(
                "select id_, name_, execution_id_, text_ from "
                        + managementService.getTableName(VariableInstanceEntity.class) + " where " + any,
                (row, number) -> byId.put(
                        row.getString("id_"),
                        new Found(
                                row.getString("id_"),
                                row.getString("name_"),
                                row.getString("execution_id_"),
                                row.getString("text_"))),
                arguments);
        return List.copyOf(byId.values());
    }
}
