package de.klimaflow.consultation.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.consultation.CaseDocuments;
import de.klimaflow.consultation.CaseTimeline;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.FundingProgrammes;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.consultation.process.Consultations;
import de.klimaflow.platform.Formats;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;
import de.klimaflow.security.UserDirectory;
import de.klimaflow.ui.DatePickers;
import de.klimaflow.ui.DownloadLink;
import de.klimaflow.ui.ProcessLabels;
import jakarta.annotation.security.RolesAllowed;

/**
 * One case: who asks and what, where the process stands, the funding proposal, the dated timeline, the
 * documents, and what staff do outside the task list (a call or note, the funding decision, a withdrawal,
 * another advisor).
 */
@Route("consultations/:" + CaseDetailView.CASE_ID)
@RolesAllowed({Groups.ADVISORS, Groups.MANAGEMENT})
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CASE_ID = "caseId";

    private final ConsultationService cases;
    private final Consultations consultations;
    private final CaseDocuments documents;
    private final FundingProgrammes programmes;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CaseTimeline timeline;
    private String title = "";

    public CaseDetailView(ConsultationService cases, Consultations consultations, CaseDocuments documents,
            FundingProgrammes programmes, UserDirectory users, CurrentUser currentUser, CaseTimeline timeline, Clock clock) {
        this.clock = clock;
        this.timeline = timeline;
        this.cases = cases;
        this.consultations = consultations;
        this.documents = documents;
        this.programmes = programmes;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("case-detail-view");
        setMaxWidth("70rem");
    }

    public static RouteParameters parameters(long caseId) {
        return new RouteParameters(CASE_ID, Long.toString(caseId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent navigation) {
        navigation.getRouteParameters().get(CASE_ID).filter(id -> id.matches("[0-9]{1,18}")).map(Long::parseLong)
                .flatMap(cases::details).ifPresentOrElse(this::render,
                        () -> navigation.rerouteToError(com.vaadin.flow.router.NotFoundException.class));
    }

    private void render(ConsultationService.CaseDetails details) {
        removeAll();
        title = details.label();
        long caseId = details.id();
        add(new RouterLink(getTranslation("case.back"), CaseListView.class), new H2(details.label()),
                new Paragraph(getTranslation("case.stage") + ": " + getTranslation("case.stage." + details.stage().name())
                        + " · " + getTranslation("case.column.advisor") + ": "
                        + (details.advisor() == null ? getTranslation("case.noAdvisor") : users.displayName(details.advisor()))),
                new CaseHeader(details));

        add(new H3(getTranslation("case.process")));
        List<Consultations.OpenStep> steps = consultations.openSteps(caseId);
        Paragraph position = new Paragraph(steps.isEmpty() ? getTranslation("case.process.none")
                : steps.stream().map(step -> ProcessLabels.element(this, ConsultationProcess.PROCESS_KEY, step.activityId(),
                        step.name()) + (step.next() == null ? "" : " (" + getTranslation("case.process.nextFollowUp",
                                Formats.dateTime(step.next())) + ")")).reduce((a, b) -> a + ", " + b).orElse(""));
        position.addClassName("case-position");
        add(position);

        add(new H3(getTranslation("case.proposal")), proposal(details));

        OrderedList lines = new OrderedList();
        lines.addClassName("case-timeline");
        List<ConsultationService.TimelineEntry> entries = timeline.of(caseId, getLocale());
        Map<String, String> names = users.displayNames(entries.stream().map(ConsultationService.TimelineEntry::by)
                .collect(java.util.stream.Collectors.toSet()));
        for (ConsultationService.TimelineEntry entry : entries) {
            ListItem item = new ListItem(Formats.dateTime(entry.at()) + " · " + getTranslation("case.entry." + entry.kind())
                    + " · " + (ConsultationService.SYSTEM.equals(entry.by()) ? getTranslation("case.system")
                            : names.getOrDefault(entry.by(), entry.by())) + ": " + entry.text());
            item.getStyle().set("white-space", "pre-line");
            lines.add(item);
        }
        add(new H3(getTranslation("case.timeline")), lines);

        add(new H3(getTranslation("case.documents")), documentsSection(caseId));
        if (currentUser.isIn(Groups.ADVISORS)) {
            add(noteSection(caseId));
            if (consultations.waitsForDecision(caseId)) {
                add(decisionSection(caseId));
            }
            if (consultations.isRunning(caseId)) {
                add(reassignSection(caseId), withdrawSection(caseId));
            }
        }
    }

    private Div proposal(ConsultationService.CaseDetails details) {
        Map<String, FundingProgrammes.Programme> known = programmes.all().stream()
                .collect(java.util.stream.Collectors.toMap(FundingProgrammes.Programme::code, p -> p));
        Div section = new Div();
        section.addClassName("case-proposal");
        UnorderedList list = new UnorderedList();
        List<String> shown = details.chosenProgrammes().isEmpty() ? details.proposedProgrammes() : details.chosenProgrammes();
        shown.stream().filter(known::containsKey).forEach(code -> list.add(new ListItem(known.get(code).line())));
        details.trainings().forEach(training -> list.add(new ListItem(getTranslation("case.training", training))));
        section.add(new Paragraph(getTranslation(details.proposedProgrammes().isEmpty() && details.chosenProgrammes().isEmpty()
                ? "case.proposal.notYet" : details.chosenProgrammes().isEmpty() ? "case.proposal.proposed" : "case.proposal.chosen")),
                list);
        return section;
    }

    private VerticalLayout documentsSection(long caseId) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        UnorderedList list = new UnorderedList();
        list.addClassName("case-documents");
        for (CaseDocuments.Document document : documents.documents(caseId)) {
            list.add(new ListItem(DownloadLink.named(document.fileName(), document.fileName(),
                    () -> documents.content(caseId, document.id()).orElse(new byte[0])),
                    new com.vaadin.flow.component.html.Span(" · " + Formats.dateTime(document.uploadedAt()) + " · "
                            + users.displayName(document.uploadedBy()))));
        }
        section.add(list);
        if (currentUser.isIn(Groups.ADVISORS)) {
            UI ui = UI.getCurrent();
            // the handler runs in the upload's own request (signed in, without the UI lock): store there, then show
            Upload upload = new Upload(new CaseDocumentUpload(documents, caseId, (stored, refusedKey) -> ui.access(() -> {
                if (stored != null) {
                    Notification.show(getTranslation("case.document.saved", stored.fileName()));
                    cases.details(caseId).ifPresent(this::render);
                } else {
                    Notification.show(getTranslation(refusedKey));
                }
            })));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(CaseDocuments.MAX_BYTES);
            upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".odt");
            upload.addFileRejectedListener(rejected -> Notification.show(getTranslation("case.document.type")));
            upload.addClassName("case-upload");
            section.add(new Paragraph(getTranslation("case.document.hint")), upload);
        }
        return section;
    }

    private Details noteSection(long caseId) {
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("case.note.kind"));
        kind.setItems(true, false);
        kind.setItemLabelGenerator(call -> getTranslation(call ? "case.entry.CALL" : "case.entry.NOTE"));
        kind.setValue(true);
        TextArea text = new TextArea(getTranslation("case.note.text"));
        text.setMaxLength(ConsultationService.MAX_NOTE);
        text.setWidthFull();
        text.addClassName("case-note-text");
        Button save = new Button(getTranslation("case.note.save"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("case.error.required"));
                text.setInvalid(true);
                return;
            }
            cases.addNote(caseId, kind.getValue(), text.getValue());
            cases.details(caseId).ifPresent(this::render);
        });
        save.addClassName("case-note-save");
        Details details = new Details(getTranslation("case.note"), new VerticalLayout(kind, text, save));
        details.addClassName("case-note");
        return details;
    }

    private Details decisionSection(long caseId) {
        RadioButtonGroup<Boolean> granted = new RadioButtonGroup<>(getTranslation("case.decision.result"));
        granted.setItems(true, false);
        granted.setItemLabelGenerator(yes -> getTranslation(yes ? "case.decision.granted" : "case.decision.rejected"));
        granted.addClassName("case-decision-result");
        DatePicker on = new DatePicker(getTranslation("case.decision.date"));
        DatePickers.german(on);
        on.setMax(Formats.today(clock));
        on.addClassName("case-decision-date");
        TextArea note = new TextArea(getTranslation("case.field.note"));
        note.setMaxLength(ConsultationService.MAX_NOTE);
        note.setWidthFull();
        Button save = new Button(getTranslation("case.decision.save"), click -> {
            granted.setErrorMessage(getTranslation("case.error.required"));
            granted.setInvalid(granted.getValue() == null);
            on.setErrorMessage(getTranslation("case.decision.dateRequired"));
            on.setInvalid(on.getValue() == null || on.getValue().isAfter(Formats.today(clock)));
            if (granted.isInvalid() || on.isInvalid()) {
                return;
            }
            consultations.recordDecision(caseId, granted.getValue(), on.getValue(), note.getValue());
            Notification.show(getTranslation("case.decision.saved"));
            cases.details(caseId).ifPresent(this::render);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("case-decision-save");
        Details details = new Details(getTranslation("case.decision"), new VerticalLayout(granted, on, note, save));
        details.setOpened(true);
        details.addClassName("case-decision");
        return details;
    }

    private Details reassignSection(long caseId) {
        ComboBox<UserDirectory.StaffContact> advisor = new ComboBox<>(getTranslation("case.reassign.to"));
        advisor.setItems(users.membersOf(List.of(Groups.ADVISORS)));
        advisor.setItemLabelGenerator(UserDirectory.StaffContact::name);
        Button save = new Button(getTranslation("case.reassign.save"), click -> {
            if (advisor.getValue() == null) {
                advisor.setErrorMessage(getTranslation("case.error.required"));
                advisor.setInvalid(true);
                return;
            }
            consultations.reassign(caseId, advisor.getValue().userId());
            cases.details(caseId).ifPresent(this::render);
        });
        save.addClassName("case-reassign-save");
        Details details = new Details(getTranslation("case.reassign"), new VerticalLayout(advisor, save));
        details.addClassName("case-reassign");
        return details;
    }

    private Details withdrawSection(long caseId) {
        TextArea reason = new TextArea(getTranslation("case.withdraw.reason"));
        reason.setMaxLength(ConsultationService.MAX_NOTE);
        reason.setWidthFull();
        reason.addClassName("case-withdraw-reason");
        Button withdraw = new Button(getTranslation("case.withdraw.save"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("case.withdraw.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            consultations.withdraw(caseId, reason.getValue());
            Notification.show(getTranslation("case.withdraw.saved"));
            cases.details(caseId).ifPresent(this::render);
        });
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClassName("case-withdraw-save");
        Details details = new Details(getTranslation("case.withdraw"), new VerticalLayout(
                new Paragraph(getTranslation("case.withdraw.hint")), reason, withdraw));
        details.addClassName("case-withdraw");
        return details;
    }

    @Override
    public String getPageTitle() {
        return title + " · klimaflow";
    }
}
