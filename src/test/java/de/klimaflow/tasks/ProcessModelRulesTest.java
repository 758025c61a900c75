package de.klimaflow.tasks;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import de.klimaflow.consultation.process.ConsultationProcess;
import de.klimaflow.events.process.EventPlanningProcess;
import de.klimaflow.notification.MailComposer;
import de.klimaflow.notification.MailKinds;
import de.klimaflow.notification.process.MailProcess;
import de.klimaflow.registration.process.RegistrationProcess;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.tasks.backoffice.TaskFormRegistry;
import de.klimaflow.tasks.process.OverdueTaskReminder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules for every model in processes/: each user task has a registered Vaadin form,
 * candidate groups, a due date and a non-interrupting timer that reminds when it is overdue; every
 * element has a name. And the models agree with the code: every name a model uses is a constant of its
 * process's constants class, and resolves to a bean, a form, or a mail with templates and a composer.
 * So a renamed bean fails the build, not the first user.
 */
@KlimaflowTest
class ProcessModelRulesTest {

    /** The constants class of each shipped model, found by its PROCESS_KEY. */
    private static final List<Class<?>> CONSTANTS = List.of(
            EventPlanningProcess.class,
            ConsultationProcess.class,
            RegistrationProcess.class,
            de.klimaflow.registration.process.RegistrationMailingProcess.class,
            de.klimaflow.network.process.NetworkJoinProcess.class,
            de.klimaflow.accessibility.process.AccessibilityFeedbackProcess.class,
            de.klimaflow.network.process.NetworkMeetingCycleProcess.class,
            de.klimaflow.network.process.NetworkContributionProcess.class,
            de.klimaflow.privacy.process.PrivacyRetentionProcess.class,
            de.klimaflow.privacy.process.PrivacyRequestProcess.class,
            MailProcess.class);
    /** The steps every model may use without naming them in its own constants. */
    private static final Set<String> SHARED_DELEGATES = Set.of(
            MailProcess.DELEGATE,
            MailProcess.QUEUE_DELEGATE,
            MailProcess.SEND_QUEUED_DELEGATE,
            OverdueTaskReminder.BEAN_NAME);

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskFormRegistry forms;

    @Autowired
    ApplicationContext context;

    @Autowired
    List<MailComposer> composers;

    @Test
    void everyUserTaskHasFormGroupsDueDateAndReminder() {
        List<ProcessDefinition> models = shippedModels();
        assertThat(models)
                .extracting(ProcessDefinition::getKey)
                .contains("climate-manager-consultation", "event-planning", "registration");
        for (ProcessDefinition definition : models) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = definition.getKey() + "/" + task.getId();
                assertThat(task.getCamundaFormKey()).as(where + " form key").isNotBlank();
                assertThat(forms.isRegistered(task.getCamundaFormKey()))
                        .as(where + " has a registered form")
                        .isTrue();
                if (task.getCamundaFormKey().startsWith("app:")) {
                    assertThat(routes())
                            .as(where + ": the page of its app form key is a route taking the business key")
                            .anyMatch(route ->
                                    route.startsWith(task.getCamundaFormKey().substring("app:".length()) + "/:"));
                }
                assertThat(task.getCamundaCandidateGroups())
                        .as(where + " candidate groups")
                        .isNotBlank();
                assertThat(task.getCamundaDueDate()).as(where + " due date").isNotBlank();
                assertThat(boundaries).as(where + " overdue reminder").anySatisfy(boundary -> {
                    assertThat(boundary.getAttachedTo()).isEqualTo(task);
                    assertThat(boundary.cancelActivity()).isFalse();
                    assertThat(boundary.getEventDefinitions()).hasAtLeastOneElementOfType(TimerEventDefinition.class);
                    // the reminder fires when the task falls due: the same duration or date (later changes of the
                    // due date move it, ReminderFollowsDueDate)
                    TimerEventDefinition timer = boundary.getEventDefinitions().stream()
                            .filter(TimerEventDefinition.class::isInstance)
                            .map(TimerEventDefinition.class::cast)
                            .findFirst()
                            .orElseThrow();
                    String when = timer.getTimeDuration() != null
                            ? timer.getTimeDuration().getTextContent()
                            : timer.getTimeDate().getTextContent();
                    assertThat(when.strip())
                            .as(where + " reminder at the due date")
                            .isEqualTo(task.getCamundaDueDate());
                });
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean unnamedJoin = node instanceof org.camunda.bpm.model.bpmn.instance.Gateway
                        && node.getIncoming().size() > 1;
                if (!unnamedJoin) {
                    assertThat(node.getName())
                            .as(definition.getKey() + "/" + node.getId() + " name")
                            .isNotBlank();
                }
            }
        }
    }

    /** Every Vaadin route of the application. */
    private static List<String> routes() {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                new org.springframework.core.type.filter.AnnotationTypeFilter(com.vaadin.flow.router.Route.class));
        return scanner.findCandidateComponents("de.klimaflow").stream()
                .map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName())
                                .getAnnotation(com.vaadin.flow.router.Route.class)
                                .value();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void everyNameInAModelIsAConstantAndResolves() throws IllegalAccessException {
        List<ProcessDefinition> models = shippedModels();
        assertThat(models).hasSameSizeAs(CONSTANTS);
        for (ProcessDefinition definition : models) {
            Set<String> constants = constantsOf(definition.getKey());
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            String where = definition.getKey();
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                // the overdue reminders follow one pattern (Task_Remind<task>) and need no constant each
                if (node instanceof ServiceTask task && !task.getId().startsWith("Task_Remind")) {
                    assertThat(constants)
                            .as(where + ": id " + node.getId() + " is a constant")
                            .contains(node.getId());
                }
                if (node instanceof UserTask task) {
                    assertThat(constants)
                            .as(where + ": id " + task.getId() + " is a constant")
                            .contains(task.getId());
                    assertThat(constants)
                            .as(where + ": form key of " + task.getId())
                            .contains(task.getCamundaFormKey());
                }
            }
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String bean = task.getCamundaDelegateExpression().replaceAll("^\\$\\{(.*)}$", "$1");
                assertThat(SHARED_DELEGATES.contains(bean) || constants.contains(bean))
                        .as(where + ": delegate " + bean + " of " + task.getId() + " is a constant")
                        .isTrue();
                assertThat(context.containsBean(bean))
                        .as(where + ": delegate " + bean + " is a bean")
                        .isTrue();
                for (CamundaInputParameter input : task.getExtensionElements() == null
                        ? List.<CamundaInputParameter>of()
                        : task
                                .getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaInputOutput.class)
                                .list()
                                .stream()
                                .flatMap(io -> io.getCamundaInputParameters().stream())
                                .toList()) {
                    if (input.getCamundaName().equals(MailProcess.KIND_PARAMETER)) {
                        String kind = input.getTextContent();
                        assertThat(constants)
                                .as(where + ": mail kind " + kind + " is a constant")
                                .contains(kind);
                        assertThat(new ClassPathResource("templates/mail/" + kind + ".html").exists()
                                        && new ClassPathResource("templates/mail/" + kind + ".txt").exists())
                                .as(where + ": templates of " + kind)
                                .isTrue();
                        assertThat(composers.stream().filter(c -> c.composes(definition.getKey(), kind)))
                                .as(where + ": exactly one composer writes " + kind)
                                .hasSize(1);
                    }
                    if (input.getCamundaName().equals(OverdueTaskReminder.TASK_KEY_PARAMETER)) {
                        Object watched = model.getModelElementById(input.getTextContent());
                        assertThat(watched)
                                .as(where + ": " + task.getId() + " watches an existing user task")
                                .isInstanceOf(UserTask.class);
                    }
                }
            }
            for (Message message : model.getModelElementsByType(Message.class)) {
                assertThat(constants)
                        .as(where + ": message " + message.getName() + " is a constant")
                        .contains(message.getName());
            }
        }
        assertThat(composers.stream().filter(c -> c.composes("any-process", MailKinds.TASK_OVERDUE)))
                .as("one composer writes the overdue reminder of every process")
                .hasSize(1);
    }

    /**
     * A mail-out is two steps: an asynchronous {@code ${queueMails}} step, then a {@code ${sendQueuedMails}} step
     * of the same kind in the same transaction, which starts a delivery instance per mail; that instance's send
     * step is asynchronous and retried, so each recipient has a send job and its own incident.
     */
    @Test
    void everyMailOutQueuesThenSendsEachMailInAJobOfItsOwn() {
        int mailOuts = 0;
        for (ProcessDefinition definition : shippedModels()) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            for (ServiceTask send : model.getModelElementsByType(ServiceTask.class)) {
                if (!("${" + MailProcess.SEND_QUEUED_DELEGATE + "}").equals(send.getCamundaDelegateExpression())) {
                    continue;
                }
                mailOuts++;
                String where = definition.getKey() + "/" + send.getId();
                assertThat(send.isCamundaAsyncBefore())
                        .as(where + ": handed over with the queue, in one transaction")
                        .isFalse();
                assertThat(send.getLoopCharacteristics())
                        .as(where + ": one delivery instance per mail, no loop")
                        .isNull();
                assertThat(send.getIncoming()).as(where + " incoming").hasSize(1);
                FlowNode before = send.getIncoming().iterator().next().getSource();
                assertThat(before).as(where + ": queued by the step before").isInstanceOf(ServiceTask.class);
                ServiceTask queue = (ServiceTask) before;
                assertThat(queue.getCamundaDelegateExpression()).isEqualTo("${" + MailProcess.QUEUE_DELEGATE + "}");
                assertThat(queue.isCamundaAsyncBefore())
                        .as(where + ": rendering runs in a job of its own")
                        .isTrue();
                assertThat(mailKind(queue))
                        .as(where + ": same kind queued and sent")
                        .isNotNull()
                        .isEqualTo(mailKind(send));
            }
        }
        assertThat(mailOuts).as("mail-outs in the shipped models").isGreaterThanOrEqualTo(6);

        ProcessDefinition delivery = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(MailProcess.PROCESS_KEY)
                .latestVersion()
                .singleResult();
        ServiceTask deliver = repositoryService
                .getBpmnModelInstance(delivery.getId())
                .getModelElementById(MailProcess.TASK_DELIVER_MAIL);
        assertThat(deliver.getCamundaDelegateExpression()).isEqualTo("${" + MailProcess.DELIVER_DELEGATE + "}");
        assertThat(deliver.isCamundaAsyncBefore())
                .as("every mail is a job of its own")
                .isTrue();
        assertThat(deliver.getExtensionElements()
                        .getElementsQuery()
                        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle.class)
                        .singleResult()
                        .getTextContent())
                .isEqualTo(MailProcess.RETRY_CYCLE);
    }

    private static String mailKind(ServiceTask task) {
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
                .flatMap(io -> io.getCamundaInputParameters().stream())
                .filter(input -> input.getCamundaName().equals(MailProcess.KIND_PARAMETER))
                .map(CamundaInputParameter::getTextContent)
                .findFirst()
                .orElse(null);
    }

    /** Every String constant of the constants class whose PROCESS_KEY is the model's key. */
    private static Set<String> constantsOf(String processKey) throws IllegalAccessException {
        for (Class<?> type : CONSTANTS) {
            Set<String> values = new HashSet<>();
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    values.add((String) field.get(null));
                }
            }
            if (values.contains(processKey)) {
                return values;
            }
        }
        throw new AssertionError("no constants class for the model " + processKey);
    }

    /** The latest version of every model deployed from processes/ (not the tests' own models). */
    private List<ProcessDefinition> shippedModels() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> definition.getResourceName() != null
                        && definition.getResourceName().contains("processes/"))
                .toList();
    }
}
