package de.klimaflow.tasks.process;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.notification.MailReaders;
import de.klimaflow.security.Groups;

/** Overdue reminders name tasks of every group; management oversees them. */
@Component
class TaskMailReaders implements MailReaders {

    @Override
    public Map<String, Set<String>> groupsByRelatedType() {
        return Map.of(TaskMails.RELATED_TYPE, Set.of(Groups.MANAGEMENT));
    }
}
