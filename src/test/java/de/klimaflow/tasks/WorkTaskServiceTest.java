package de.klimaflow.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Task list rules: who sees what, paging and sorting by the database, claim and complete. */
@KlimaflowTest
class WorkTaskServiceTest {

    private static final String PROCESS = "test-work-tasks";
    /** A group of its own, so other tests' tasks do not mix into the counts. */
    private static final String GROUP = "test-sorting-group";

    private static final String MEMBER = "test-sorter";

    @Autowired
    WorkTaskService workTasks;

    @Autowired
    CamundaIdentityAuthenticationProvider authentication;

    @Autowired
    IdentityService identityService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @BeforeEach
    void setUp() {
        TestUsers.ensure(identityService);
        if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
            identityService.saveGroup(identityService.newGroup(GROUP));
            var user = identityService.newUser(MEMBER);
            user.setPassword(TestUsers.PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(MEMBER, GROUP);
        }
        if (repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(PROCESS)
                        .count()
                == 0) {
            repositoryService
                    .createDeployment()
                    .addModelInstance(
                            PROCESS + ".bpmn",
                            Bpmn.createExecutableProcess(PROCESS)
                                    .name("Testprozess")
                                    .camundaHistoryTimeToLive(1)
                                    .startEvent()
                                    .userTask("Task_Work")
                                    .name("Arbeiten")
                                    .camundaCandidateGroups(GROUP)
                                    .endEvent()
                                    .done())
                    .deploy();
        }
        // clean slate for this group only
        taskService
                .createTaskQuery()
                .taskCandidateGroup(GROUP)
                .includeAssignedTasks()
                .list()
                .forEach(task -> runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test reset"));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void pagesAndSortsByDueDateInTheDatabase() {
        Instant base = Instant.parse("2026-12-01T08:00:00Z");
        List<String> ids = new ArrayList<>();
        // created in scrambled order: due dates 0..24 hours after base
        int[] hours = {7, 3, 19, 0, 12, 24, 5, 9, 15, 1, 21, 11, 2, 17, 8, 23, 4, 14, 10, 20, 6, 16, 13, 22, 18};
        for (int hour : hours) {
            String id = startTask(base.plus(Duration.ofHours(hour)), 50);
            ids.add(id);
        }
        TestUsers.signIn(authentication, MEMBER);

        assertThat(workTasks.count(TaskFilter.MY_GROUPS)).isEqualTo(25);
        List<TaskRow> firstPage =
                workTasks.list(TaskFilter.MY_GROUPS, 0, 10, List.of(TaskSort.asc(TaskSort.Property.DUE)));
        List<TaskRow> thirdPage =
                workTasks.list(TaskFilter.MY_GROUPS, 20, 10, List.of(TaskSort.asc(TaskSort.Property.DUE)));
        assertThat(firstPage).extracting(TaskRow::due).containsExactly(hoursAfter(base, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(thirdPage).extracting(TaskRow::due).containsExactly(hoursAfter(base, 20, 21, 22, 23, 24));

        List<TaskRow> latestFirst =
                workTasks.list(TaskFilter.MY_GROUPS, 0, 3, List.of(TaskSort.desc(TaskSort.Property.DUE)));
        assertThat(latestFirst).extracting(TaskRow::due).containsExactly(hoursAfter(base, 24, 23, 22));
    }

    @Test
    void sortsByPriority() {
        startTask(null, 10);
        startTask(null, 90);
        startTask(null, 50);
        TestUsers.signIn(authentication, MEMBER);
        assertThat(workTasks.list(TaskFilter.MY_GROUPS, 0, 10, List.of(TaskSort.desc(TaskSort.Property.PRIORITY))))
                .extracting(TaskRow::priority)
                .containsExactly(90, 50, 10);
    }

    @Test
    void tabsSeparateMineFromTheGroupQueue() {
        String first = startTask(null, 50);
        String second = startTask(null, 50);
        TestUsers.signIn(authentication, MEMBER);
        workTasks.claim(first);

        assertThat(workTasks.list(TaskFilter.ASSIGNED_TO_ME, 0, 50, List.of()))
                .extracting(TaskRow::id)
                .contains(first)
                .doesNotContain(second);
        assertThat(workTasks.list(TaskFilter.MY_GROUPS, 0, 50, List.of()))
                .extracting(TaskRow::id)
                .contains(second)
                .doesNotContain(first);
        assertThat(workTasks.list(TaskFilter.OPEN_FOR_ME, 0, 50, List.of()))
                .extracting(TaskRow::id)
                .contains(first, second);

        workTasks.unclaim(first);
        assertThat(workTasks.list(TaskFilter.ASSIGNED_TO_ME, 0, 50, List.of()))
                .extracting(TaskRow::id)
                .doesNotContain(first);
    }

    @Test
    void otherGroupsSeeNothingAndCannotAct() {
        String task = startTask(null, 50);
        TestUsers.signIn(authentication, TestUsers.EVENT_TEAM);
        assertThat(workTasks.list(TaskFilter.OPEN_FOR_ME, 0, 1000, List.of()))
                .extracting(TaskRow::id)
                .doesNotContain(task);
        assertThatThrownBy(() -> workTasks.get(task)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workTasks.claim(task)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workTasks.complete(task, Map.of())).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workTasks.addComment(task, "hallo")).isInstanceOf(TaskNotAvailableException.class);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void aClaimedTaskCannotBeTakenOrCompletedByAColleague() {
        String task = startTask(null, 50);
        var colleague = identityService.newUser("test-sorter-colleague");
        if (identityService.createUserQuery().userId(colleague.getId()).count() == 0) {
            colleague.setPassword(TestUsers.PASSWORD);
            identityService.saveUser(colleague);
            identityService.createMembership(colleague.getId(), GROUP);
        }
        TestUsers.signIn(authentication, MEMBER);
        workTasks.claim(task);

        TestUsers.signIn(authentication, colleague.getId());
        assertThatThrownBy(() -> workTasks.claim(task)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workTasks.unclaim(task)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workTasks.complete(task, Map.of())).isInstanceOf(TaskNotAvailableException.class);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
                .isEqualTo(MEMBER);
    }

    @Test
    void completingAnUnclaimedGroupTaskClaimsItFirst() {
        String task = startTask(null, 50);
        TestUsers.signIn(authentication, MEMBER);
        workTasks.complete(task, Map.of());
        assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void commentsMustNotBeEmptyOrOversized() {
        String task = startTask(null, 50);
        TestUsers.signIn(authentication, MEMBER);
        assertThatThrownBy(() -> workTasks.addComment(task, "   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workTasks.addComment(task, "x".repeat(WorkTaskService.MAX_COMMENT_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        workTasks.addComment(task, "ok");
        assertThat(workTasks.comments(task)).extracting(TaskComment::text).containsExactly("ok");
    }

    private String startTask(Instant due, int priority) {
        String instance = runtimeService.startProcessInstanceByKey(PROCESS).getId();
        String id = taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        if (due != null) {
            taskService.setDueDate(id, Date.from(due));
        }
        taskService.setPriority(id, priority);
        return id;
    }

    private static Instant[] hoursAfter(Instant base, int... hours) {
        return java.util.Arrays.stream(hours)
                .mapToObj(h -> base.plus(Duration.ofHours(h)))
                .toArray(Instant[]::new);
    }
}
