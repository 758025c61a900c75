package de.klimaflow.notification;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.spring6.SpringTemplateEngine;

import de.klimaflow.platform.AgencyProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mail kind renders in German and English, with subject, body, agency name and imprint. */
class MailTemplatesTest {

    private static final AgencyProperties AGENCY = new AgencyProperties(
            "Landesenergieagentur (Test)",
            "Test-Impressum · Musterstraße 1",
            "test@klimaflow.example",
            "https://klimaflow.example",
            "https://lena.example/impressum",
            "https://lena.example/datenschutz");
    private static final SpringTemplateEngine ENGINE = MailConfiguration.mailTemplateEngine();
    private static final MailRenderer RENDERER = new MailRenderer(AGENCY, new CalendarFiles());

    static List<String> kinds() {
        return MailKinds.ALL;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void rendersInGermanAndEnglish(String kind) {
        RenderedMail german = RENDERER.render(request(kind, Locale.GERMAN));
        RenderedMail english = RENDERER.render(request(kind, Locale.ENGLISH));

        for (RenderedMail mail : List.of(german, english)) {
            assertThat(mail.subject()).isNotBlank().doesNotContain("\n").doesNotContain("??");
            assertThat(mail.text())
                    .doesNotContain("??")
                    .contains("Test-Impressum")
                    .contains("Landesenergieagentur (Test)");
            assertThat(mail.html())
                    .doesNotContain("??")
                    .contains("Test-Impressum")
                    .contains("<html")
                    .contains("lang=\"" + mail.locale().getLanguage() + "\"")
                    .as("the content goes into the layout's table cell, where HTML allows no main element")
                    .doesNotContain("<main")
                    .contains("<p>");
            // text from the model is escaped in HTML, never interpreted, and verbatim in plain text
            assertThat(mail.html()).doesNotContain("<b>Frau</b>").contains("&lt;b&gt;Frau&lt;/b&gt;");
            assertThat(mail.text()).contains("<b>Frau</b>").doesNotContain("&lt;");
        }
        assertThat(german.text()).contains("Guten Tag").contains("Mit freundlichen Grüßen");
        assertThat(english.text()).contains("Dear").contains("Kind regards");
        assertThat(english.subject()).isNotEqualTo(german.subject());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void showsTheModelValues(String kind) {
        RenderedMail mail = RENDERER.render(request(kind, Locale.GERMAN));
        String everything = mail.subject() + "\n" + mail.text();
        switch (kind) {
            case MailKinds.REGISTRATION_OPT_IN ->
                assertThat(everything)
                        .contains("https://klimaflow.example/confirm/abc")
                        .contains("05.12.2026 09:30");
            case MailKinds.REGISTRATION_CONFIRMED, MailKinds.REGISTRATION_PROMOTED ->
                assertThat(everything)
                        .contains("Wärmezukunft nach Plan")
                        .contains("03.12.2026 18:00")
                        .contains("/cancel/xyz");
            case MailKinds.TASK_OVERDUE ->
                assertThat(everything).contains("Anfrage beantworten").contains("01.12.2026 12:00");
            case MailKinds.MUNICIPALITY_INVITATION -> assertThat(everything).contains("28.11.2026");
            case MailKinds.CONSULTATION_INFO_PACKAGE ->
                assertThat(everything)
                        .contains("Landesprogramm 60 %")
                        .contains("Ratsbeschluss")
                        .contains("Einstiegsqualifizierung")
                        .contains("Wie besprochen");
            case MailKinds.EVENT_INVITATION ->
                assertThat(everything)
                        .contains("/anmeldung/einladung/inv")
                        .contains("28.11.2026 23:59")
                        .contains("Abendveranstaltung");
            case MailKinds.PARTICIPANT_MESSAGE ->
                assertThat(everything)
                        .contains("Raumänderung")
                        .contains("Rittersaal")
                        .contains("Parken im Hof.")
                        .contains("/cancel/xyz");
            case MailKinds.WAITLIST_CLOSED ->
                assertThat(everything).contains("Warteliste").contains("/cancel/xyz");
            case MailKinds.EVENT_RESCHEDULED ->
                assertThat(everything).contains("neuen Termin").contains("03.12.2026 18:00");
            case MailKinds.VENUE_PARTICIPANT_LIST ->
                assertThat(everything).contains("Abendveranstaltung: 42").contains("Eva Winkler");
            case MailKinds.REGISTRATION_AGAIN ->
                assertThat(everything)
                        .contains("bereits eine Anmeldung vor")
                        .contains("https://klimaflow.example/confirm/abc")
                        .contains("05.12.2026 09:30");
            case MailKinds.REGISTRATION_WAITLISTED ->
                assertThat(everything)
                        .contains(
                                "Workshops für die Verwaltung",
                                "Alle Plätze dieser Programmteile sind zurzeit vergeben")
                        .doesNotContain("ausgebucht");
            case MailKinds.NETWORK_JOIN_DECLINED ->
                assertThat(everything).contains("Begründung: Krankheit des Referenten", "Stadt Oschersleben (Bode)");
            case MailKinds.CONSULTATION_RECEIVED ->
                assertThat(everything).contains("#12", "Anna Becker", "becker@lena.example");
            case MailKinds.REGISTRATION_CHANGED ->
                assertThat(everything).contains("Workshops für die Verwaltung", "Exkursion Nahwärmenetz", "Abend");
            case MailKinds.REGISTRATION_CANCELLED ->
                assertThat(everything).contains("storniert", "https://klimaflow.example/events/5");
            case MailKinds.ACCESSIBILITY_FEEDBACK_RECEIVED ->
                assertThat(everything)
                        .contains("spätestens am 18.01.2027", "Betroffene Seite: /veranstaltungen/3/anmelden")
                        .contains("Tastatur nicht erreichbar");
            case MailKinds.ACCESSIBILITY_FEEDBACK_REPLY ->
                assertThat(everything).contains("Kontrollkästchen", "Schlichtungsstelle");
            case MailKinds.NETWORK_JOIN_KNOWN ->
                assertThat(everything)
                        .contains("Sie sind bereits Mitglied")
                        .contains("https://klimaflow.example/netzwerk");
            case MailKinds.COLLEAGUE_INTRODUCTION ->
                assertThat(everything)
                        .contains("Eva Winkler, Stadt Oschersleben (Bode): veranstaltungen@lena.example")
                        .contains("Jana Solar, Stadt Genthin: solar@genthin.example", "Anna Becker");
            case MailKinds.CONTRIBUTION_CALL ->
                assertThat(everything)
                        .contains("„Netzwerktreffen II/2027“ am 14.04.2027 10:00")
                        .contains("https://klimaflow.example/netzwerk/beitrag/tok", "28.11.2026 23:59");
            case MailKinds.CONTRIBUTION_ACCEPTED ->
                assertThat(everything)
                        .contains("„Solarkataster für alle“ steht im Programm von „Netzwerktreffen II/2027“");
            case MailKinds.CONTRIBUTION_DECLINED ->
                assertThat(everything)
                        .contains(
                                "„Solarkataster für alle“",
                                "Begründung des Veranstaltungsteams: Krankheit des Referenten");
            case MailKinds.SPEAKER_CONFIRMATION, MailKinds.SPEAKER_REMINDER ->
                assertThat(everything)
                        .contains(
                                "Wärmezukunft nach Plan",
                                "Der Rechtsrahmen der Wärmeplanung",
                                "Beginn: 03.12.2026 18:15")
                        .contains("Abendveranstaltung, Burg Oschersleben", "Eva Winkler, veranstaltungen@lena.example");
            default -> assertThat(everything).contains("Wärmezukunft nach Plan");
        }
    }

    @org.junit.jupiter.api.Test
    void aRejectionOfAddedPartsNamesThemAndKeepsTheRest() {
        MailRequest rejected = request(MailKinds.REGISTRATION_REJECTED, Locale.GERMAN);
        rejected.model().put("declinedParts", List.of("Workshops für die Verwaltung"));
        String text = RENDERER.render(rejected).text();
        assertThat(text)
                .contains(
                        "für diese Programmteile von „Wärmezukunft nach Plan“ nicht berücksichtigen: Workshops für die Verwaltung")
                .contains("bleibt Ihre Anmeldung bestehen")
                .doesNotContain("Ihre Anmeldung zu „");
    }

    static MailRequest request(String kind, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("eventTitle", "Wärmezukunft nach Plan");
        model.put("sessions", List.of("03.12.2026 18:00–20:30 Abendveranstaltung, Burg Oschersleben"));
        model.put("eventUrl", "https://klimaflow.example/events/5");
        model.put("cancelUrl", "https://klimaflow.example/cancel/xyz");
        model.put("confirmUrl", "https://klimaflow.example/confirm/abc");
        model.put("validUntil", ZonedDateTime.parse("2026-12-05T09:30:00+01:00[Europe/Berlin]"));
        model.put("deadline", ZonedDateTime.parse("2026-11-28T23:59:00+01:00[Europe/Berlin]"));
        model.put("reason", "Krankheit des Referenten");
        model.put("invitationUrl", "https://klimaflow.example/anmeldung/einladung/inv");
        model.put("topic", "Raumänderung");
        model.put("paragraphs", List.of("Wir tagen im Rittersaal.", "Parken im Hof."));
        model.put("documentationUrl", "https://klimaflow.example/docs/5");
        model.put("surveyUrl", "https://klimaflow.example/survey/5");
        model.put("taskName", "Anfrage beantworten");
        model.put("caseLabel", "#12 · Stadt Burg");
        model.put("due", ZonedDateTime.parse("2026-12-01T12:00:00+01:00[Europe/Berlin]"));
        model.put("taskUrl", "https://klimaflow.example/tasks/1");
        model.put("municipality", "Stadt Oschersleben (Bode)");
        model.put("advisorName", "Anna Becker");
        model.put("programmes", List.of("Landesprogramm 60 % der Personalkosten, 3 Jahre"));
        model.put("checklist", List.of("consultation-info-package.item.council"));
        model.put("trainings", List.of("Einstiegsqualifizierung"));
        model.put("note", "Wie besprochen: <b>bis März</b>.");
        model.put("venueName", "Burg Oschersleben");
        model.put("seats", List.of("Abendveranstaltung: 42"));
        model.put("accessibility", List.of("Abendveranstaltung: 1 × rollstuhlplatz"));
        model.put("page", "/veranstaltungen/3/anmelden");
        model.put("description", "Die Auswahl ist mit der Tastatur nicht erreichbar.");
        model.put("replyBy", "18.01.2027");
        model.put("reply", "Die Programmteile sind jetzt Kontrollkästchen.");
        model.put("contactName", "Eva Winkler");
        model.put("contactEmail", "veranstaltungen@lena.example");
        model.put("knownAs", "MEMBER");
        model.put("networkUrl", "https://klimaflow.example/netzwerk");
        model.put("nowWaiting", List.of("Workshops für die Verwaltung"));
        model.put("givenUp", List.of("Exkursion Nahwärmenetz"));
        model.put("cancelled", List.of("Abendveranstaltung"));
        model.put("byDesk", false);
        model.put("attended", true);
        model.put("certificateUrl", "https://klimaflow.example/anmeldung/xyz/bescheinigung");
        model.put("caseNumber", "#12");
        model.put("advisorEmail", "becker@lena.example");
        model.put("meeting", "Netzwerktreffen II/2027");
        model.put("when", "14.04.2027 10:00");
        model.put("title", "Solarkataster für alle");
        model.put("formUrl", "https://klimaflow.example/netzwerk/beitrag/tok");
        model.put("itemTitle", "Der Rechtsrahmen der Wärmeplanung");
        model.put("itemStarts", ZonedDateTime.parse("2026-12-03T18:15:00+01:00[Europe/Berlin]"));
        model.put("session", "03.12.2026 18:00–20:30 Abendveranstaltung, Burg Oschersleben");
        model.put("colleagueName", "Jana Solar");
        model.put("colleagueMunicipality", "Stadt Genthin");
        model.put("colleagueEmail", "solar@genthin.example");
        return new MailRequest(
                kind, new Recipient("<b>Frau</b> Krüger", "krueger@example.org", locale), model, null, "test", "1");
    }
}
