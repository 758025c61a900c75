package de.klimaflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.tasks.backoffice.TaskFormRegistry;

/**
 * The house rules for every model in processes/: each user task has a registered Vaadin form,
 * candidate groups, a due date and a non-interrupting timer that reminds when it is overdue; every
 * element has a name.
 */
@KlimaflowTest
class ProcessModelRulesTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskFormRegistry forms;

    @Test
    void everyUserTaskHasFormGroupsDueDateAndReminder() {
        List<ProcessDefinition> models = shippedModels();
        assertThat(models).extracting(ProcessDefinition::getKey).contains("inquiry-handling", "event-planning");
        for (ProcessDefinition definition : models) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
            Collection<BoundaryEvent> boundaries = model.getModelElementsByType(BoundaryEvent.class);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = definition.getKey() + "/" + task.getId();
                assertThat(task.getCamundaFormKey()).as(where + " form key").isNotBlank();
                assertThat(forms.isRegistered(task.getCamundaFormKey())).as(where + " has a registered form").isTrue();
                assertThat(task.getCamundaCandidateGroups()).as(where + " candidate groups").isNotBlank();
                assertThat(task.getCamundaDueDate()).as(where + " due date").isNotBlank();
                assertThat(boundaries).as(where + " overdue reminder").anySatisfy(boundary -> {
                    assertThat(boundary.getAttachedTo()).isEqualTo(task);
                    assertThat(boundary.cancelActivity()).isFalse();
                    assertThat(boundary.getEventDefinitions()).hasAtLeastOneElementOfType(TimerEventDefinition.class);
                });
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean unnamedJoin = node instanceof org.camunda.bpm.model.bpmn.instance.Gateway && node.getIncoming().size() > 1;
                if (!unnamedJoin) {
                    assertThat(node.getName()).as(definition.getKey() + "/" + node.getId() + " name").isNotBlank();
                }
            }
        }
    }

    /** The latest version of every model deployed from processes/ (not the tests' own models). */
    private List<ProcessDefinition> shippedModels() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> definition.getResourceName() != null && definition.getResourceName().contains("processes/"))
                .toList();
    }
}
