package de.klimaflow.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.klimaflow.platform.Formats;
import de.klimaflow.privacy.Erased;
import de.klimaflow.privacy.HeldData;
import de.klimaflow.privacy.PersonalDataHolder;
import de.klimaflow.security.Groups;

/**
 * The consultation's part of a data subject's request: the cases the address asked for, with what people wrote on
 * their timeline and their documents; the advisors' work. Erasure anonymises the contact and the question, blanks what
 * people wrote and deletes the documents; the municipality, the stages and the decision stay for the statistics.
 */
@Component
class ConsultationPersonalData implements PersonalDataHolder {

    static final String CASES = "privacy.category.cases";

    private final ConsultationCaseRepository cases;
    private final CaseEntryRepository entries;
    private final CaseAttachmentRepository attachments;

    ConsultationPersonalData(
            ConsultationCaseRepository cases, CaseEntryRepository entries, CaseAttachmentRepository attachments) {
        this.cases = cases;
        this.entries = entries;
        this.attachments = attachments;
    }

    @Override
    public List<String> categories() {
        return List.of(CASES);
    }

    @Override
    public List<HeldData> find(String address) {
        List<HeldData.Item> items = new ArrayList<>();
        for (ConsultationCase found : cases.findByContactEmailIgnoreCaseOrderByReceivedAtAsc(address.strip())) {
            List<HeldData.Field> fields = new ArrayList<>(List.of(
                    new HeldData.Field("privacy.field.name", found.getContactName()),
                    new HeldData.Field("privacy.field.email", found.getContactEmail()),
                    new HeldData.Field("privacy.field.phone", found.getContactPhone()),
                    new HeldData.Field("privacy.field.question", found.getQuestion()),
                    HeldData.Field.coded(
                            "privacy.field.status",
                            "case.stage." + found.getStage().name()),
                    new HeldData.Field("privacy.field.createdAt", Formats.dateTime(found.getReceivedAt()))));
            entries.findByCaseIdOrderByAtAscIdAsc(found.getId()).stream()
                    .filter(entry -> entry.isWrittenByPeople() && entry.getKind() != CaseEntry.Kind.RECEIVED)
                    .forEach(entry -> fields.add(new HeldData.Field(
                            "privacy.field.note", Formats.dateTime(entry.getAt()) + " · " + entry.getText())));
            attachments
                    .findByCaseIdOrderByUploadedAtAsc(found.getId())
                    .forEach(document ->
                            fields.add(new HeldData.Field("privacy.field.document", document.getFileName())));
            items.add(new HeldData.Item(found.getMunicipalityName(), fields));
        }
        return List.of(new HeldData(CASES, CASES, Set.of(Groups.ADVISORS), items));
    }

    @Override
    public Erased erase(String address, String scope) {
        List<ConsultationCase> found = cases.findByContactEmailIgnoreCaseOrderByReceivedAtAsc(address.strip());
        found.forEach(this::anonymise);
        return new Erased(CASES, found.size(), found.isEmpty() ? List.of() : List.of("privacy.kept.caseStatistics"));
    }

    /** Who asked, what people wrote and the documents go; the municipality, stages and decision stay. */
    void anonymise(ConsultationCase consultation) {
        consultation.anonymise();
        entries.findByCaseIdOrderByAtAscIdAsc(consultation.getId()).stream()
                .filter(CaseEntry::isWrittenByPeople)
                .forEach(CaseEntry::erase);
        attachments.deleteAll(attachments.findByCaseIdOrderByUploadedAtAsc(consultation.getId()));
    }
}
