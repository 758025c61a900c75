package de.klimaflow.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.security.Groups;

/**
 * The outbox's part of a data subject's request: the mails to the address, each kind of mail seen in detail only by
 * the groups whose outbox shows it. Erasure blanks address, name and text; kind, status and dates stay for the counts.
 */
@Component
class MailPersonalData implements PersonalDataHolder {

    static final String CATEGORY = "privacy.category.mails";

    private final MailLog mails;
    private final List<MailReaders> readers;

    MailPersonalData(MailLog mails, List<MailReaders> readers) {
        this.mails = mails;
        this.readers = readers;
    }

    @Override
    public List<String> categories() {
        return List.of(CATEGORY);
    }

    @Override
    public List<HeldData> find(String address) {
        Map<String, List<HeldData.Item>> byType = new LinkedHashMap<>();
        for (MailSummary mail : mails.toAddress(address)) {
            byType.computeIfAbsent(mail.relatedType(), type -> new ArrayList<>())
                    .add(new HeldData.Item(
                            mail.subject(),
                            List.of(
                                    new HeldData.Field("privacy.field.name", mail.recipientName()),
                                    new HeldData.Field("privacy.field.createdAt", Formats.dateTime(mail.createdAt())),
                                    new HeldData.Field("privacy.field.sentAt", Formats.dateTime(mail.sentAt())),
                                    HeldData.Field.coded(
                                            "privacy.field.status",
                                            "mail.status." + mail.status().name()),
                                    new HeldData.Field("privacy.field.text", mail.textBody()))));
        }
        List<HeldData> held = new ArrayList<>();
        byType.forEach((type, items) -> held.add(new HeldData(CATEGORY, type, readingGroups(type), items)));
        return held;
    }

    @Override
    public Erased erase(String address, String relatedType) {
        return new Erased(CATEGORY, mails.eraseAddress(address, relatedType), List.of("privacy.kept.mailCounts"));
    }

    private Set<String> readingGroups(String relatedType) {
        return readers.stream()
                .map(reader -> reader.groupsByRelatedType().getOrDefault(relatedType, Set.of()))
                .filter(groups -> !groups.isEmpty())
                .findFirst()
                .orElse(Set.of(Groups.OPERATORS));
    }
}
