package de.klimaflow.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import de.klimaflow.platform.AgencyProperties;
import de.klimaflow.platform.MailAddresses;

/**
 * Renders a mail kind from {@code templates/mail/<kind>.html} and {@code .txt} in the recipient's
 * language (German unless English). The subject is the template's first line of text output, so it
 * lives next to the body; every value is escaped by Thymeleaf, and the subject is kept on one line.
 */
@Component
public class MailRenderer {

    private final SpringTemplateEngine engine;
    private final AgencyProperties agency;
    private final CalendarFiles calendarFiles;

    public MailRenderer(AgencyProperties agency, CalendarFiles calendarFiles) {
        this.engine = MailConfiguration.mailTemplateEngine();
        this.agency = agency;
        this.calendarFiles = calendarFiles;
    }

    public RenderedMail render(MailRequest request) {
        Locale locale =
                Locale.ENGLISH.getLanguage().equals(request.to().locale().getLanguage())
                        ? Locale.ENGLISH
                        : Locale.GERMAN;
        Map<String, Object> variables = new HashMap<>(request.model());
        // one-line copies of the values for the subject line (the first line of the text template)
        Map<String, Object> line = new HashMap<>();
        request.model()
                .forEach((key, value) ->
                        line.put(key, value instanceof String text ? MailAddresses.oneLine(text) : value));
        variables.put("line", line);
        variables.put("agency", agency);
        variables.put("recipientName", request.to().name());
        Context context = new Context(locale, variables);

        String text = engine.process("mail/" + request.kind() + ".txt", context).strip();
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0) {
            throw new IllegalStateException("template mail/" + request.kind() + ".txt needs a subject line and a body");
        }
        String subject = MailAddresses.oneLine(text.substring(0, firstBreak));
        String body = text.substring(firstBreak + 1).strip() + "\n";
        context.setVariable("subject", subject);
        String html = engine.process("mail/" + request.kind() + ".html", context);
        byte[] calendar = request.calendar() == null ? null : calendarFiles.message(request.calendar());
        return new RenderedMail(locale, subject, body, html, calendar, request.attachments());
    }
}
