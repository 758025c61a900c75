package de.klimaflow.tasks.backoffice;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.notification.MailLog;
import de.klimaflow.notification.backoffice.MailLogPanel;
import de.klimaflow.platform.Formats;
import de.klimaflow.tasks.TaskComment;
import de.klimaflow.tasks.TaskNotAvailableException;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.WorkTaskService;
import de.klimaflow.ui.FieldErrors;
import de.klimaflow.ui.ProcessLabels;

import jakarta.annotation.security.PermitAll;

/** One task: its details, its form (found by formKey), claim/unclaim and its comments. */
@Route("tasks/:" + TaskView.TASK_ID)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String TASK_ID = "taskId";

    private final WorkTaskService tasks;
    private final TaskFormRegistry forms;
    private final MailLog mailLog;
    /** The task shown; none when the link led to no task this user may see. */
    private @Nullable TaskRow task;
    /** The parts a claim or a comment refreshes, in place, around the form. */
    private @Nullable Div detailsBox;

    private @Nullable VerticalLayout commentsBox;

    public TaskView(WorkTaskService tasks, TaskFormRegistry forms, MailLog mailLog) {
        this.tasks = tasks;
        this.forms = forms;
        this.mailLog = mailLog;
        addClassName("task-view");
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            String taskId =
                    event.getRouteParameters().get(TASK_ID).orElseThrow(() -> new TaskNotAvailableException(""));
            show(tasks.get(taskId));
        } catch (TaskNotAvailableException e) {
            task = null;
            removeAll();
            Paragraph message = new Paragraph(getTranslation("tasks.notAvailable"));
            message.addClassName("task-not-available");
            add(new H2(getTranslation("tasks.notAvailableTitle")), message, backLink());
        }
    }

    private void show(TaskRow task) {
        this.task = task;
        removeAll();
        detailsBox = details(task);
        add(backLink(), new H2(taskName(task)), detailsBox);

        Optional<TaskForm> form = forms.formFor(task);
        Optional<String> page = forms.pageFor(task);
        if (page.isPresent()) {
            Anchor open = new Anchor(page.get(), getTranslation("tasks.openPage"));
            open.addClassName("task-page-link");
            add(new H3(getTranslation("tasks.form")), new Paragraph(getTranslation("tasks.workedOnPage")), open);
        } else if (form.isPresent()) {
            Div formArea = new Div(form.get().component());
            formArea.addClassName("task-form");
            formArea.setWidthFull();
            Button complete = new Button(getTranslation("tasks.complete"), click -> complete(task, form.get()));
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            complete.addClassName("complete");
            add(new H3(getTranslation("tasks.form")), formArea, complete);
        } else {
            Paragraph missing = new Paragraph(getTranslation(
                    "tasks.noForm", task.formKey() == null ? getTranslation("tasks.noFormKey") : task.formKey()));
            missing.addClassName("no-form-message");
            missing.getElement().setAttribute("role", "alert");
            add(new H3(getTranslation("tasks.form")), missing);
        }
        commentsBox = comments(task);
        add(commentsBox);
        add(new MailLogPanel(mailLog.ofProcess(task.processInstanceId())));
    }

    private Div details(TaskRow task) {
        Div details = new Div();
        details.addClassName("task-details");
        addDetail(
                details,
                "tasks.col.process",
                ProcessLabels.process(this, task.processDefinitionKey(), task.processName()));
        addDetail(details, "tasks.col.businessObject", task.businessObject());
        addDetail(details, "tasks.col.due", Formats.dateTime(task.due()));
        addDetail(details, "tasks.col.followUp", Formats.dateTime(task.followUp()));
        addDetail(
                details,
                "tasks.col.assignee",
                task.assigneeName() == null ? getTranslation("tasks.unassigned") : task.assigneeName());
        Button claimOrRelease = task.isAssigned()
                ? new Button(
                        getTranslation("tasks.unclaim"),
                        click -> change(task, () -> tasks.unclaim(task.id()), this::refreshDetails))
                : new Button(
                        getTranslation("tasks.claim"),
                        click -> change(task, () -> tasks.claim(task.id()), this::refreshDetails));
        claimOrRelease.addClassName(task.isAssigned() ? "unclaim" : "claim");
        details.add(claimOrRelease);
        return details;
    }

    private void addDetail(Div details, String labelKey, @Nullable String value) {
        Div row = new Div(new Span(getTranslation(labelKey) + ": "), new Span(value == null ? "" : value));
        row.addClassName("detail");
        details.add(row);
    }

    private VerticalLayout comments(TaskRow task) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("task-comments");
        section.add(new H3(getTranslation("tasks.comments")));
        for (TaskComment comment : tasks.comments(task.id())) {
            String author = comment.author() == null ? getTranslation("tasks.comment.system") : comment.author();
            Div entry =
                    new Div(new Span(Formats.dateTime(comment.time()) + " · " + author), new Paragraph(comment.text()));
            entry.addClassName("comment");
            section.add(entry);
        }
        TextArea text = new TextArea(getTranslation("tasks.comment.new"));
        text.setMaxLength(WorkTaskService.MAX_COMMENT_LENGTH);
        text.setWidthFull();
        Button add = new Button(getTranslation("tasks.comment.add"), click -> {
            if (FieldErrors.refuseIf(this, text, text.getValue().isBlank(), "tasks.comment.empty")) {
                return;
            }
            change(task, () -> tasks.addComment(task.id(), text.getValue()), this::refreshComments);
        });
        add.addClassName("add-comment");
        section.add(text, add);
        return section;
    }

    private void complete(TaskRow task, TaskForm form) {
        try {
            if (form.submit()) {
                Notification.show(getTranslation("tasks.completed", taskName(task)))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
            }
        } catch (TaskNotAvailableException e) {
            Notification.show(getTranslation("tasks.notAvailable")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Runs a change and shows the part of the task it changed as it is now. The form stays as it is: what someone
     * typed there and has not submitted is never thrown away by a comment or a claim.
     */
    private void change(TaskRow shown, Runnable action, java.util.function.Consumer<TaskRow> refresh) {
        try {
            action.run();
            TaskRow now = tasks.get(shown.id());
            this.task = now;
            refresh.accept(now);
        } catch (TaskNotAvailableException e) {
            Notification.show(getTranslation("tasks.notAvailable")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refreshDetails(TaskRow now) {
        Div fresh = details(now);
        if (detailsBox != null) {
            replace(detailsBox, fresh);
        }
        detailsBox = fresh;
    }

    private void refreshComments(TaskRow now) {
        VerticalLayout fresh = comments(now);
        if (commentsBox != null) {
            replace(commentsBox, fresh);
        }
        commentsBox = fresh;
    }

    private RouterLink backLink() {
        return new RouterLink(getTranslation("tasks.back"), TaskListView.class);
    }

    @Override
    public String getPageTitle() {
        return (task == null ? getTranslation("tasks.title") : taskName(task)) + " · klimaflow";
    }

    private String taskName(TaskRow task) {
        return ProcessLabels.element(this, task.processDefinitionKey(), task.taskDefinitionKey(), task.name());
    }
}
