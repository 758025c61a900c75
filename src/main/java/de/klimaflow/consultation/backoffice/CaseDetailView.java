package de.klimaflow.consultation.backoffice;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.consultation.CaseColleagues;
import de.klimaflow.consultation.CaseDetails;
import de.klimaflow.consultation.CaseDocuments;
import de.klimaflow.consultation.CaseQueries;
import de.klimaflow.consultation.CaseTimeline;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.FundingProgrammes;
import de.klimaflow.consultation.process.ConsultationFlow;
import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.platform.Formats;
import de.klimaflow.platform.Links;
import de.klimaflow.security.CurrentUser;
import de.klimaflow.security.Groups;
import de.klimaflow.security.UserDirectory;
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
    private final CaseQueries queries;
    private final ConsultationFlow consultations;
    private final CaseDocuments documents;
    private final FundingProgrammes programmes;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final CaseColleagues colleagues;
    private final Clock clock;
    private final CaseTimeline timeline;
    private String title = "";

    public CaseDetailView(
            ConsultationService cases,
            CaseQueries queries,
            ConsultationFlow consultations,
            CaseDocuments documents,
            FundingProgrammes programmes,
            UserDirectory users,
            CurrentUser currentUser,
            CaseTimeline timeline,
            CaseColleagues colleagues,
            Clock clock) {
        this.clock = clock;
        this.colleagues = colleagues;
        this.timeline = timeline;
        this.cases = cases;
        this.queries = queries;
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
        navigation
                .getRouteParameters()
                .get(CASE_ID)
                .filter(id -> id.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .flatMap(queries::details)
                .ifPresentOrElse(
                        this::render, () -> navigation.rerouteToError(com.vaadin.flow.router.NotFoundException.class));
    }

    private void render(CaseDetails details) {
        removeAll();
        title = details.label();
        long caseId = details.id();
        add(
                new RouterLink(getTranslation("case.back"), CaseListView.class),
                new H2(details.label()),
                new Paragraph(getTranslation("case.stage") + ": "
                        + getTranslation("case.stage." + details.stage().name())
                        + " · " + getTranslation("case.column.advisor") + ": "
                        + (details.advisor() == null
                                ? getTranslation("case.noAdvisor")
                                : users.displayName(details.advisor()))),
                new CaseHeader(details));
        if (details.grant() != null) {
            Paragraph grant = new Paragraph(getTranslation("case.grant", details.grant()));
            grant.addClassName("case-grant");
            add(grant);
        }

        add(new H3(getTranslation("case.process")));
        List<ConsultationFlow.OpenStep> steps = consultations.openSteps(caseId);
        Paragraph position = new Paragraph(
                steps.isEmpty()
                        ? getTranslation("case.process.none")
                        : steps.stream()
                                .map(step -> ProcessLabels.element(
                                                this, ConsultationProcess.PROCESS_KEY, step.activityId(), step.name())
                                        + (step.next() == null
                                                ? ""
                                                : " ("
                                                        + getTranslation(
                                                                "case.process.nextFollowUp",
                                                                Formats.dateTime(step.next()))
                                                        + ")"))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse(""));
        position.addClassName("case-position");
        add(position);
        // the step the case waits at leads to its form
        steps.stream().filter(step -> step.taskId() != null).forEach(step -> {
            Anchor task = new Anchor(
                    Links.taskPage(String.valueOf(step.taskId())),
                    getTranslation(
                            "case.process.openTask",
                            ProcessLabels.element(
                                    this, ConsultationProcess.PROCESS_KEY, step.activityId(), step.name())));
            task.addClassName("open-task-link");
            add(task);
        });

        add(new H3(getTranslation("case.proposal")), proposal(details));

        OrderedList lines = new OrderedList();
        lines.addClassName("case-timeline");
        List<ConsultationService.TimelineEntry> entries = timeline.of(caseId, getLocale());
        Map<String, String> names = users.displayNames(entries.stream()
                .map(ConsultationService.TimelineEntry::by)
                .collect(java.util.stream.Collectors.toSet()));
        for (ConsultationService.TimelineEntry entry : entries) {
            ListItem item =
                    new ListItem(Formats.dateTime(entry.at()) + " · " + getTranslation("case.entry." + entry.kind())
                            + " · "
                            + (ConsultationService.SYSTEM.equals(entry.by())
                                    ? getTranslation("case.system")
                                    : names.getOrDefault(entry.by(), entry.by()))
                            + ": " + entry.text());
            item.getStyle().set("white-space", "pre-line");
            lines.add(item);
        }
        add(new H3(getTranslation("case.timeline")), lines);

        Runnable again = () -> queries.details(caseId).ifPresent(this::render);
        add(
                new H3(getTranslation("case.documents")),
                new CaseDocumentsPanel(documents, users, caseId, currentUser.isIn(Groups.ADVISORS), again));
        if (currentUser.isIn(Groups.ADVISORS)) {
            add(new CaseNotePanel(cases, caseId, again));
            if (consultations.waitsForDecision(caseId)) {
                add(new CaseDecisionPanel(consultations, programmes.all(), caseId, clock, again));
            }
            if (consultations.isRunning(caseId)) {
                add(
                        new CaseColleaguesPanel(colleagues, consultations, caseId, again),
                        new CaseHandOverPanel(consultations, users, caseId, again),
                        new CaseWithdrawalPanel(consultations, caseId, again));
            }
        }
    }

    private Div proposal(CaseDetails details) {
        Map<String, FundingProgrammes.Programme> known = programmes.all().stream()
                .collect(java.util.stream.Collectors.toMap(FundingProgrammes.Programme::code, p -> p));
        Div section = new Div();
        section.addClassName("case-proposal");
        UnorderedList list = new UnorderedList();
        List<String> shown =
                details.chosenProgrammes().isEmpty() ? details.proposedProgrammes() : details.chosenProgrammes();
        shown.stream()
                .map(known::get)
                .filter(java.util.Objects::nonNull)
                .forEach(programme -> list.add(new ListItem(ProgrammeLine.of(this, programme))));
        details.trainings().forEach(training -> list.add(new ListItem(getTranslation("case.training", training))));
        section.add(
                new Paragraph(getTranslation(
                        details.proposedProgrammes().isEmpty()
                                        && details.chosenProgrammes().isEmpty()
                                ? "case.proposal.notYet"
                                : details.chosenProgrammes().isEmpty()
                                        ? "case.proposal.proposed"
                                        : "case.proposal.chosen")),
                list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · klimaflow";
    }
}
