package de.klimaflow.tasks;

import java.util.Collection;
import java.util.Map;

/**
 * Turns business keys of one process into readable labels for the task list. Each feature that owns a
 * process provides one, so the task list never needs to know the features' entities.
 */
public interface BusinessObjectLabels {

    String processDefinitionKey();

    /** Labels for the given business keys, fetched in one go; unknown keys may be left out. */
    Map<String, String> labels(Collection<String> businessKeys);
}
