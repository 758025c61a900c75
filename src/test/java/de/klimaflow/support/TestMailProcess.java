package de.klimaflow.support;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.stereotype.Component;

import de.klimaflow.notification.CalendarEntry;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailContext;
import de.klimaflow.notification.MailRequest;
import de.klimaflow.notification.Recipient;
import de.klimaflow.notification.process.MailProcess;

/**
 * A one-step process that sends whatever mail its variables describe, the way every real process does
 * (asynchronous send step, R3/PT5M retries). Lets the mail tests drive any template, address or name
 * through the engine before the features that own those mails exist.
 */
@Component
public class TestMailProcess implements MailComposer {

    public static final String KEY = "test-mail";
    public static final String SEND_STEP = "Task_SendTestMail";

    /** Deploys the process once; start it with the variables "kind", "to", "name", "lang" and the model. */
    public static void deploy(RepositoryService repositoryService) {
        if (repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(KEY)
                        .count()
                > 0) {
            return;
        }
        repositoryService
                .createDeployment()
                .name(KEY)
                .addModelInstance(
                        KEY + ".bpmn",
                        Bpmn.createExecutableProcess(KEY)
                                .name("Testmail")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask(SEND_STEP)
                                .name("Testmail senden")
                                .camundaAsyncBefore()
                                .camundaFailedJobRetryTimeCycle(MailProcess.RETRY_CYCLE)
                                .camundaDelegateExpression("${" + MailProcess.DELEGATE + "}")
                                .camundaInputParameter(MailProcess.KIND_PARAMETER, "${kind}")
                                .endEvent()
                                .done())
                .deploy();
    }

    @Override
    public boolean composes(String processDefinitionKey, String kind) {
        return KEY.equals(processDefinitionKey);
    }

    @Override
    public List<MailRequest> compose(String kind, MailContext context) {
        Map<String, Object> vars = context.variables();
        Map<String, Object> model = new HashMap<>(vars);
        model.putIfAbsent("sessions", List.of("03.12.2026 18:00–20:30 Abendveranstaltung, Burg Oschersleben"));
        CalendarEntry calendar = null;
        if (vars.containsKey("start")) {
            ZonedDateTime start = ZonedDateTime.parse((String) vars.get("start"));
            calendar = new CalendarEntry(
                    "test-" + context.businessKey() + "@klimaflow",
                    (String) vars.get("eventTitle"),
                    "Testtermin",
                    "Burg Oschersleben, An der Burg 1, 39387 Oschersleben",
                    start,
                    start.plusHours(2),
                    "https://klimaflow.example/events/1",
                    "Landesenergieagentur",
                    "test@klimaflow.example",
                    (String) vars.get("name"),
                    (String) vars.get("to"));
        }
        return List.of(new MailRequest(
                kind,
                new Recipient((String) vars.get("name"), (String) vars.get("to"), Locale.forLanguageTag((String)
                        vars.getOrDefault("lang", "de"))),
                model,
                calendar == null ? null : de.klimaflow.notification.CalendarMessage.request(List.of(calendar), 0),
                "test",
                context.businessKey()));
    }
}
