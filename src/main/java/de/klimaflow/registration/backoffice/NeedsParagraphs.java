package de.klimaflow.registration.backoffice;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

import de.klimaflow.registration.RegistrationView;

/** A registration's catering and accessibility notes, and whether the venue gets the latter with the name. */
final class NeedsParagraphs {

    private NeedsParagraphs() {}

    static List<Paragraph> of(RegistrationView registration, Component translator) {
        List<Paragraph> lines = new ArrayList<>();
        if (registration.needs() != null) {
            lines.add(new Paragraph(translator.getTranslation("registration.needs") + ": " + registration.needs()));
        }
        if (registration.accessibility() != null) {
            lines.add(new Paragraph(translator.getTranslation("registration.accessibility") + ": "
                    + registration.accessibility()
                    + (registration.accessibilityToVenue()
                            ? " (" + translator.getTranslation("registration.accessibilityToVenue") + ")"
                            : "")));
        }
        return lines;
    }
}
