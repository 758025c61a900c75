package de.klimaflow.consultation.backoffice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import de.klimaflow.consultation.CaseDetails;
import de.klimaflow.platform.Formats;

/** What every consultation form shows first: who asks, since when, and what. */
final class CaseHeader extends Div {

    CaseHeader(CaseDetails details) {
        addClassName("case-header");
        add(
                line("case.municipality", details.municipality()),
                line(
                        "case.contact",
                        details.contactName() + " <" + details.contactEmail() + ">"
                                + (details.contactPhone() == null ? "" : " · " + details.contactPhone())),
                line("case.received", Formats.dateTime(details.receivedAt())));
        Paragraph question = new Paragraph(details.question());
        question.addClassName("case-question");
        question.getStyle().set("white-space", "pre-line");
        add(question);
    }

    private Div line(String key, String value) {
        return new Div(new Span(getTranslation(key) + ": "), new Span(value));
    }
}
