package de.klimaflow.consultation.process;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.klimaflow.consultation.Channel;
import de.klimaflow.consultation.ConsultationService;
import de.klimaflow.consultation.ExperienceReports;
import de.klimaflow.consultation.NewCase;
import de.klimaflow.platform.PdfPage;

/** Demo profile: four municipalities ask for advice, one of them waits longer than it should. */
@Component
@Profile("demo")
@Order(10)
public class DemoConsultations implements ApplicationRunner {

    private final ConsultationService cases;
    private final TaskService taskService;
    private final ExperienceReports reports;

    public DemoConsultations(ConsultationService cases, TaskService taskService, ExperienceReports reports) {
        this.cases = cases;
        this.taskService = taskService;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cases.isEmpty()) {
            return;
        }
        report(
                "Die erste Stelle in einer Kleinstadt",
                "Wanzleben-Börde",
                "Ratsbeschluss, Stellenprofil, Landesförderung",
                List.of(
                        "Vom ersten Gespräch bis zum Dienstantritt vergingen elf Monate.",
                        "Der Ratsbeschluss kam schneller, als das Stellenprofil mit dem Konzept verknüpft war.",
                        "Die Landesförderung deckte 70 Prozent der Personalkosten für zwei Jahre."));
        report(
                "Anschlussförderung ohne Lücke",
                "Staßfurt",
                "Anschlussvorhaben, Haushalt, Übergabe",
                List.of(
                        "Den Antrag auf Anschlussförderung stellten wir sechs Monate vor dem Ende der ersten Förderung.",
                        "Die Übergabe an die neue Managerin war mit einem Ordner der laufenden Projekte einfach."));
        long overdue = cases.open(
                new NewCase(
                        "Stadt Oschersleben (Bode)",
                        "Jana Krüger",
                        "klimaschutz@oschersleben.example",
                        "03949 0000",
                        "Wir möchten eine Stelle für Klimaschutzmanagement schaffen. Welche Förderung gibt es und wie "
                                + "lange dauert die Bewilligung?"),
                Channel.WEB);
        cases.open(
                new NewCase(
                        "Gemeinde Hohe Börde",
                        "Thomas Schulze",
                        "bauamt@hoheboerde.example",
                        null,
                        "Gibt es ein Muster für ein Klimaschutzkonzept, das kleinere Gemeinden nutzen können?"),
                Channel.PHONE);
        cases.open(
                new NewCase(
                        "Stadt Schönebeck (Elbe)",
                        "Sabine Meyer",
                        "umwelt@schoenebeck.example",
                        null,
                        "Unsere Klimaschutzmanagerin wechselt. Können wir eine Anschlussförderung beantragen?"),
                Channel.MAIL);
        cases.open(
                new NewCase(
                        "Stadt Burg",
                        "Michael Wolf",
                        "wolf@stadt-burg.example",
                        null,
                        "Wann findet das nächste Netzwerktreffen der Klimaschutzmanagerinnen und -manager statt?"),
                Channel.WEB);
        // one initial consultation is already late, so the list shows what "overdue" looks like
        Task late = taskService
                .createTaskQuery()
                .processDefinitionKey(ConsultationProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(overdue))
                .singleResult();
        taskService.setDueDate(
                late.getId(), Date.from(late.getCreateTime().toInstant().minus(Duration.ofDays(1))));
    }

    /** A demo report as a real tagged PDF, so that a new user can open and enclose it. */
    private void report(String title, String municipality, String topics, List<String> lines) {
        reports.add(
                title, municipality, topics, title + ".pdf", PdfPage.lines(title, municipality, lines, Locale.GERMAN));
    }
}
