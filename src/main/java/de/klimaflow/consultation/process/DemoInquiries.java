package de.klimaflow.consultation.process;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import de.klimaflow.consultation.NewInquiry;
import de.klimaflow.consultation.InquiryService;
import de.klimaflow.consultation.InquiryDetails;

/** Demo profile only: a few inquiries from municipalities of the Magdeburg region, seeded once. */
@Component
@Profile("demo")
@Order(10)
public class DemoInquiries implements ApplicationRunner {

    private final InquiryService inquiries;
    private final TaskService taskService;

    public DemoInquiries(InquiryService inquiries, TaskService taskService) {
        this.inquiries = inquiries;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!inquiries.isEmpty()) {
            return;
        }
        InquiryDetails overdue = inquiries.receive(new NewInquiry("Stadt Oschersleben (Bode)", "Jana Krüger",
                "klimaschutz@oschersleben.example",
                "Wir möchten eine Stelle für Klimaschutzmanagement schaffen. Welche Förderung gibt es und wie lange dauert die Bewilligung?"));
        inquiries.receive(new NewInquiry("Gemeinde Hohe Börde", "Thomas Schulze", "bauamt@hoheboerde.example",
                "Gibt es ein Muster für ein Klimaschutzkonzept, das kleinere Gemeinden nutzen können?"));
        inquiries.receive(new NewInquiry("Stadt Schönebeck (Elbe)", "Sabine Meyer", "umwelt@schoenebeck.example",
                "Unsere Klimaschutzmanagerin wechselt. Können wir eine Anschlussförderung beantragen?"));
        inquiries.receive(new NewInquiry("Stadt Burg", "Michael Wolf", "wolf@stadt-burg.example",
                "Wann findet das nächste Netzwerktreffen der Klimaschutzmanagerinnen und -manager statt?"));
        // one answer is already late, so the list shows what "overdue" looks like
        Task late = taskService.createTaskQuery().processDefinitionKey(InquiryProcess.PROCESS_KEY).processInstanceBusinessKey(Long.toString(overdue.id())).singleResult();
        taskService.setDueDate(late.getId(), Date.from(late.getCreateTime().toInstant().minus(Duration.ofDays(1))));
    }
}
