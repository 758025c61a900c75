package de.klimaflow.notification;

import java.util.Collection;
import java.util.Map;

/**
 * What a mail is about, in words: the feature that owns a kind of related object names it for the outbox ("Veranstaltung
 * 12: Wärmezukunft nach Plan"), so that staff do not read bare numbers. The notification feature never reads other
 * features' data.
 */
public interface RelatedLabels {

    /** The related type of the mails this answers for, as the mails carry it. */
    String relatedType();

    /** The bundle key of the label, with {0} the object's id and {1} its name. */
    String labelKey();

    /** The names of these objects by id; ids it does not know are left out. */
    Map<String, String> names(Collection<Long> ids);
}
