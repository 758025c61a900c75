package de.klimaflow.tasks.backoffice;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import de.klimaflow.tasks.TaskRow;

/**
 * The usual shape of a task form: fields in a vertical layout and one submit action. A feature's form
 * extends this as a Spring {@code @Component}; {@link TaskFormRegistry} finds it by its form key.
 */
public abstract class SimpleTaskForm implements TaskFormFactory {

    private final String formKey;

    protected SimpleTaskForm(String formKey) {
        this.formKey = formKey;
    }

    @Override
    public final String formKey() {
        return formKey;
    }

    @Override
    public final TaskForm create(TaskRow task) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        BooleanSupplier submit = build(task, layout);
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

    /**
     * Adds the form's fields to the layout and returns its submit action, which validates, stores the
     * step's data and completes the task, and answers true when it did.
     */
    protected abstract BooleanSupplier build(TaskRow task, VerticalLayout layout);

    /** The entity id that a task of a process keyed by numeric ids carries as its business key. */
    protected static long businessId(TaskRow task) {
        return Long.parseLong(task.businessKey());
    }
}
