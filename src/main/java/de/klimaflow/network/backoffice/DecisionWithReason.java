package de.klimaflow.network.backoffice;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import de.klimaflow.ui.FieldErrors;

/**
 * A reviewer's yes or no and the reason a no needs, which the person gets by mail: the network's review forms (join
 * requests, contributions) ask it the same way. Labels come from {@code <keys>.decision}, {@code .accept},
 * {@code .decline}, {@code .reason}, {@code .reason.help} and {@code .reason.required}.
 */
final class DecisionWithReason {

    private final Component i18n;
    private final String keys;
    private final RadioButtonGroup<Boolean> decision;
    private final TextArea reason;

    DecisionWithReason(Component i18n, String keys, String cssPrefix, int maxReason) {
        this.i18n = i18n;
        this.keys = keys;
        decision = new RadioButtonGroup<>(i18n.getTranslation(keys + ".decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(yes -> i18n.getTranslation(keys + (yes ? ".accept" : ".decline")));
        decision.setRequiredIndicatorVisible(true);
        decision.addClassName(cssPrefix + "-decision");
        reason = new TextArea(i18n.getTranslation(keys + ".reason"));
        reason.setHelperText(i18n.getTranslation(keys + ".reason.help"));
        reason.setMaxLength(maxReason);
        reason.setWidthFull();
        reason.addClassName(cssPrefix + "-reason");
    }

    Component[] fields() {
        return new Component[] {decision, reason};
    }

    /** The decision, or null when it is missing or a no lacks its reason (then said at the field). */
    @Nullable
    Boolean decided() {
        Boolean value = decision.getValue();
        if (FieldErrors.refuseIf(i18n, decision, value == null, "case.error.required")) {
            return null;
        }
        if (FieldErrors.refuseIf(i18n, reason, !value && reason.getValue().isBlank(), keys + ".reason.required")) {
            return null;
        }
        return value;
    }

    String reason() {
        return reason.getValue();
    }
}
