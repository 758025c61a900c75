package de.klimaflow.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinRequest;

import de.klimaflow.platform.FieldProblem;
import de.klimaflow.platform.FieldProblems;

/**
 * The one way a staff form shows what a service refused: each problem's translated message at its field, and those
 * that belong to no field of the form in one general line (or at a fallback field, or as a notification).
 */
public final class FieldErrors {

    /** Marks the request in which a field in error took the focus. */
    private static final String FOCUSED = FieldErrors.class.getName() + ".focused";

    private FieldErrors() {}

    /** Clears every field, then shows the problems; those of no field of the form in {@code general}. */
    public static void show(
            Component i18n, Map<String, ? extends HasValidation> fields, FieldProblems refused, HasText general) {
        show(i18n, fields, refused.problems(), general, null);
    }

    /** As above, for a form without a general line: problems of no field of the form show as a notification. */
    public static void show(Component i18n, Map<String, ? extends HasValidation> fields, FieldProblems refused) {
        show(i18n, fields, refused.problems(), null, null);
    }

    /**
     * As {@link #show(Component, Map, FieldProblems, HasText)}, for a form without a general line: a problem of no
     * known field is shown at {@code fallback}.
     */
    public static void show(
            Component i18n,
            Map<String, ? extends HasValidation> fields,
            FieldProblems refused,
            HasValidation fallback) {
        show(i18n, fields, refused.problems(), null, fallback);
    }

    /** As above, for problems that come from elsewhere than a service's refusal (bean validation, say). */
    public static void show(Component i18n, Map<String, ? extends HasValidation> fields, List<FieldProblem> problems) {
        show(i18n, fields, problems, null, null);
    }

    private static void show(
            Component i18n,
            Map<String, ? extends HasValidation> fields,
            List<FieldProblem> problems,
            @Nullable HasText general,
            @Nullable HasValidation fallback) {
        clear(fields, general);
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String message = i18n.getTranslation(problem.message());
            HasValidation field = fields.containsKey(problem.field()) ? fields.get(problem.field()) : fallback;
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                focusFirst(field);
            } else {
                unplaced.add(message);
            }
        }
        if (general != null) {
            general.setText(String.join(" ", unplaced));
            if (general instanceof Component shown) {
                shown.setVisible(!unplaced.isEmpty());
            }
        } else if (!unplaced.isEmpty()) {
            Notification.show(String.join(" ", unplaced));
        }
    }

    /**
     * A form's own check of one field, before anything goes to a service: marks the field with the translated message
     * when {@code refused}, clears it otherwise. Returns {@code refused}, so a form can stop there.
     */
    public static boolean refuseIf(
            Component i18n, HasValidation field, boolean refused, String messageKey, Object... args) {
        field.setErrorMessage(i18n.getTranslation(messageKey, args));
        field.setInvalid(refused);
        if (refused) {
            focusFirst(field);
        }
        return refused;
    }

    /** Every field valid again, and the general line empty. */
    public static void clear(Map<String, ? extends HasValidation> fields, @Nullable HasText general) {
        fields.values().forEach(field -> field.setInvalid(false));
        if (general != null) {
            general.setText("");
            if (general instanceof Component shown) {
                shown.setVisible(false);
            }
        }
    }

    /**
     * Focus moves to the first field in error of this round trip, so that a screen reader says its message at once
     * (WCAG 3.3.1); the fields a form checks after it keep their marks but not the focus.
     */
    private static void focusFirst(HasValidation field) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getAttribute(FOCUSED) != null) {
            return;
        }
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        } else if (field instanceof Component group) {
            // a radio or checkbox group takes no focus of its own: its first choice does
            group.getElement()
                    .executeJs(
                            "const c = this.querySelector('vaadin-radio-button, vaadin-checkbox'); (c || this).focus()");
        } else {
            return;
        }
        if (request != null) {
            request.setAttribute(FOCUSED, Boolean.TRUE);
        }
    }
}
