package de.klimaflow.events;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;

import de.klimaflow.consultation.Regions;
import de.klimaflow.registration.Registrations;
import de.klimaflow.tasks.TaskForm;
import de.klimaflow.tasks.TaskFormFactory;
import de.klimaflow.tasks.TaskRow;
import de.klimaflow.tasks.WorkTaskService;
import de.klimaflow.ui.Formats;

/**
 * The forms of the planning steps. Venue and dates, agenda and revising all edit the event (each with
 * its own hint); approval shows the event and takes management's decision.
 */
@Configuration
class EventPlanningForms {

    @Bean
    TaskFormFactory bookVenueForm(EventPlanning planning, EventService events, Regions regions, WorkTaskService tasks) {
        return editing(EventPlanningProcess.FORM_BOOK_VENUE, "event.step.bookVenue.hint", planning, events, regions, tasks);
    }

    @Bean
    TaskFormFactory prepareAgendaForm(EventPlanning planning, EventService events, Regions regions, WorkTaskService tasks) {
        return editing(EventPlanningProcess.FORM_PREPARE_AGENDA, "event.step.agenda.hint", planning, events, regions, tasks);
    }

    @Bean
    TaskFormFactory reviseDraftForm(EventPlanning planning, EventService events, Regions regions, WorkTaskService tasks) {
        return editing(EventPlanningProcess.FORM_REVISE, "event.step.revise.hint", planning, events, regions, tasks);
    }

    @Bean
    TaskFormFactory approveEventForm(EventPlanning planning, EventService events) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return EventPlanningProcess.FORM_APPROVE;
            }

            @Override
            public TaskForm create(TaskRow task) {
                return new ApprovalForm(task, planning, events.find(eventId(task)).orElseThrow());
            }
        };
    }

    @Bean
    TaskFormFactory participantListForm(EventPlanning planning, EventService events, ParticipantExports exports) {
        return simple(EventPlanningProcess.FORM_PARTICIPANT_LIST, (task, layout) -> {
            long eventId = eventId(task);
            Checkbox sent = new Checkbox(layout.getTranslation("event.step.participantList.sent"));
            sent.addClassName("participant-list-sent");
            layout.add(new Paragraph(layout.getTranslation("event.step.participantList.hint")),
                    seats(events, eventId), new EventDownloads(exports, eventId), sent);
            return () -> {
                if (!sent.getValue()) {
                    sent.setInvalid(true);
                    sent.setErrorMessage(layout.getTranslation("event.step.participantList.required"));
                    return false;
                }
                planning.participantListSent(task.id());
                return true;
            };
        });
    }

    @Bean
    TaskFormFactory attendanceForm(EventPlanning planning, EventService events, Registrations registrations) {
        return simple(EventPlanningProcess.FORM_ATTENDANCE, (task, layout) -> {
            long eventId = eventId(task);
            long present = registrations.participants(eventId).stream().filter(Registrations.Participant::attended).count();
            layout.add(new Paragraph(layout.getTranslation("event.step.attendance.hint")),
                    new RouterLink(layout.getTranslation("checkin.open"), CheckInView.class, EventDetailView.parameters(eventId)),
                    new Paragraph(layout.getTranslation("event.step.attendance.count", present)));
            return () -> {
                planning.attendanceRecorded(task.id(), eventId);
                return true;
            };
        });
    }

    @Bean
    TaskFormFactory followUpForm(EventPlanning planning, ParticipantExports exports) {
        return simple(EventPlanningProcess.FORM_FOLLOW_UP, (task, layout) -> {
            long eventId = eventId(task);
            TextField documentation = new TextField(layout.getTranslation("event.step.followUp.documentation"));
            TextField survey = new TextField(layout.getTranslation("event.step.followUp.survey"));
            for (TextField field : new TextField[] {documentation, survey}) {
                field.setPlaceholder("https://");
                field.setMaxLength(500);
                field.setWidthFull();
            }
            layout.add(new Paragraph(layout.getTranslation("event.step.followUp.hint")), documentation, survey,
                    new EventDownloads(exports, eventId));
            return () -> {
                boolean valid = true;
                for (TextField field : new TextField[] {documentation, survey}) {
                    boolean ok = EventRules.isWebLink(field.getValue());
                    field.setInvalid(!ok);
                    field.setErrorMessage(layout.getTranslation("event.error.link"));
                    valid &= ok;
                }
                if (valid) {
                    planning.followUpDone(task.id(), eventId, documentation.getValue(), survey.getValue());
                }
                return valid;
            };
        });
    }

    /** A form built by {@code build}, which adds its fields to the layout and returns the submit action. */
    private static TaskFormFactory simple(String formKey,
            java.util.function.BiFunction<TaskRow, VerticalLayout, java.util.function.BooleanSupplier> build) {
        return new TaskFormFactory() {
            @Override
            public String formKey() {
                return formKey;
            }

            @Override
            public TaskForm create(TaskRow task) {
                VerticalLayout layout = new VerticalLayout();
                layout.setPadding(false);
                java.util.function.BooleanSupplier submit = build.apply(task, layout);
                return new TaskForm() {
                    @Override
                    public Component component() {
                        return layout;
                    }

                    @Override
                    public boolean submit() {
                        return submit.getAsBoolean();
                    }
                };
            }
        };
    }

    private static Div seats(EventService events, long eventId) {
        Div seats = new Div();
        events.overviewOf(eventId).ifPresent(event -> event.parts().forEach(part -> seats.add(new CapacityBar(part))));
        return seats;
    }

    private static TaskFormFactory editing(String formKey, String hintKey, EventPlanning planning, EventService events,
            Regions regions, WorkTaskService tasks) {
        return simple(formKey, (task, layout) -> {
            long eventId = eventId(task);
            EventEditor editor = new EventEditor(events, regions);
            editor.setValue(events.find(eventId).orElseThrow());
            Object reason = tasks.variable(task.id(), EventPlanningProcess.VAR_SEND_BACK_REASON);
            if (reason instanceof String text && !text.isBlank()) {
                Paragraph sentBack = new Paragraph(layout.getTranslation("event.step.sentBack", text));
                sentBack.addClassName("send-back-reason");
                sentBack.getElement().setAttribute("role", "note");
                layout.add(sentBack);
            }
            layout.add(new Paragraph(layout.getTranslation(hintKey)), editor);
            return () -> {
                try {
                    planning.completeStep(task.id(), eventId, editor.value());
                    return true;
                } catch (EventValidationException e) {
                    editor.showProblems(e.problems());
                    return false;
                }
            };
        });
    }

    private static long eventId(TaskRow task) {
        return Long.parseLong(task.businessKey());
    }

    /** Management sees the event and decides: approve, or send back with a reason. */
    private static final class ApprovalForm implements TaskForm {
        private final TaskRow task;
        private final EventPlanning planning;
        private final VerticalLayout layout = new VerticalLayout();
        private final RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>();
        private final TextArea reason = new TextArea();

        ApprovalForm(TaskRow task, EventPlanning planning, Event event) {
            this.task = task;
            this.planning = planning;
            layout.setPadding(false);
            layout.add(summary(event));
            decision.setLabel(layout.getTranslation("event.approve.decision"));
            decision.setItems(Boolean.TRUE, Boolean.FALSE);
            decision.setItemLabelGenerator(approved -> layout.getTranslation(approved ? "event.approve.yes" : "event.approve.no"));
            decision.setRequired(true);
            decision.addClassName("approval-decision");
            reason.setLabel(layout.getTranslation("event.approve.reason"));
            reason.setMaxLength(EventPlanning.MAX_REASON);
            reason.setWidthFull();
            reason.addClassName("send-back-reason-input");
            reason.setVisible(false);
            decision.addValueChangeListener(event2 -> reason.setVisible(Boolean.FALSE.equals(event2.getValue())));
            layout.add(decision, reason);
        }

        private Div summary(Event event) {
            Div summary = new Div();
            summary.addClassName("event-summary");
            summary.add(new Paragraph(event.getTitle() + " · "
                    + summary.getTranslation("event.type." + event.getType().name())
                    + " · " + summary.getTranslation("event.format." + event.getFormat().name())));
            if (event.getDescription() != null) {
                summary.add(new Paragraph(event.getDescription()));
            }
            for (EventPart part : event.getParts()) {
                summary.add(new Paragraph(EventMails.session(event, part) + " · "
                        + summary.getTranslation("event.seatsOf", part.getCapacity())));
            }
            summary.add(new Paragraph(summary.getTranslation("event.field.deadline") + ": "
                    + Formats.dateTime(event.getRegistrationDeadline())));
            return summary;
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public boolean submit() {
            if (decision.getValue() == null) {
                decision.setInvalid(true);
                decision.setErrorMessage(layout.getTranslation("event.approve.decisionRequired"));
                return false;
            }
            if (!decision.getValue() && reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(layout.getTranslation("event.approve.reasonRequired"));
                return false;
            }
            planning.decide(task.id(), decision.getValue(), reason.getValue());
            return true;
        }
    }
}
