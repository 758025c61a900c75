package de.klimaflow.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns business keys of one process into readable labels for the task list. Each feature that owns a
 * process provides one, so the task list never needs to know the features' entities.
 */
public interface BusinessObjectLabels {

    String processDefinitionKey();

    /** Labels for the given business keys, fetched in one go; unknown keys may be left out. */
    Map<String, String> labels(Collection<String> businessKeys);

    /** For processes whose business key is an entity's numeric id: one lookup for all ids of a page. */
    static BusinessObjectLabels ofIds(String processDefinitionKey, Function<List<Long>, Map<Long, String>> labelsById) {
        return new BusinessObjectLabels() {
            @Override
            public String processDefinitionKey() {
                return processDefinitionKey;
            }

            @Override
            public Map<String, String> labels(Collection<String> businessKeys) {
                List<Long> ids = businessKeys.stream()
                        .filter(key -> key.matches("\\d{1,18}"))
                        .map(Long::valueOf)
                        .toList();
                return labelsById.apply(ids).entrySet().stream()
                        .collect(Collectors.toMap(entry -> entry.getKey().toString(), Map.Entry::getValue));
            }
        };
    }
}
