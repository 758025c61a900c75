package de.klimaflow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.klimaflow.security.CamundaIdentityAuthenticationProvider;
import de.klimaflow.support.KlimaflowTest;
import de.klimaflow.support.TestUsers;
import de.klimaflow.support.WebSession;
import de.klimaflow.tasks.TaskFilter;
import de.klimaflow.tasks.TaskSort;
import de.klimaflow.tasks.WorkTaskService;

/**
 * The task list with 10,000 open tasks on PostgreSQL: how long one page and the count take, as the grid
 * asks for them, beside the same page from the engine's REST API. Run with {@code ./mvnw verify -Pbenchmark};
 * prints figures, asserts nothing about time.
 */
@Tag("benchmark")
@KlimaflowTest
class TaskListBenchmark {

    private static final int TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int ROUNDS = 30;

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

    @Autowired
    JdbcTemplate jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void tenThousandOpenTasks() throws Exception {
        TestUsers.ensure(identityService);
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "bench.bpmn",
                        Bpmn.createExecutableProcess("bench-tasks")
                                .name("Benchmark")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Bench")
                                .name("Prüfen")
                                .camundaCandidateGroups("advisors")
                                .camundaDueDate("P3D")
                                .endEvent()
                                .done())
                .deploy();
        long fillStart = System.nanoTime();
        Instant base = Instant.now();
        // four at a time: each start is a transaction of its own, and PostgreSQL commits several at once
        ExecutorService fillers = Executors.newFixedThreadPool(4);
        List<Future<?>> started = new ArrayList<>();
        for (int n = 0; n < TASKS; n++) {
            int i = n;
            started.add(fillers.submit(() -> {
                String instance = runtimeService
                        .startProcessInstanceByKey("bench-tasks", "bench-" + i)
                        .getId();
                if (i % 7 == 0) { // spread due dates and priorities so sorting has work to do
                    String task = taskService
                            .createTaskQuery()
                            .processInstanceId(instance)
                            .singleResult()
                            .getId();
                    taskService.setDueDate(task, Date.from(base.plus(Duration.ofMinutes(i % 5000))));
                    taskService.setPriority(task, i % 100);
                }
            }));
        }
        for (Future<?> start : started) {
            start.get(10, TimeUnit.MINUTES);
        }
        fillers.shutdown();
        System.out.printf("%nfilled %d tasks in %.1f s%n", TASKS, (System.nanoTime() - fillStart) / 1e9);
        // PostgreSQL's autovacuum refreshes planner statistics about a minute after such a bulk insert;
        // without it the planner still sees the empty tables and picks nested loops (seconds per page)
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");

        TestUsers.signIn(authentication, TestUsers.ADVISOR);
        List<TaskSort> byDue = List.of(TaskSort.asc(TaskSort.Property.DUE), TaskSort.desc(TaskSort.Property.PRIORITY));
        report("count, open for me", () -> workTasks.count(TaskFilter.OPEN_FOR_ME));
        report("first page (50), by due date", () -> workTasks.list(TaskFilter.OPEN_FOR_ME, 0, 50, byDue));
        report("page 100 (50), by due date", () -> workTasks.list(TaskFilter.OPEN_FOR_ME, 4950, 50, byDue));
        report(
                "first page (50), by priority",
                () -> workTasks.list(TaskFilter.MY_GROUPS, 0, 50, List.of(TaskSort.desc(TaskSort.Property.PRIORITY))));
        TestUsers.signOut();

        // the baseline: the bare engine's REST API, same filter (mine or my group's), same sort, same page
        WebSession rest = new WebSession(port).basic(TestUsers.OPERATOR, TestUsers.PASSWORD);
        String query =
                "{\"orQueries\":[{\"assignee\":\"" + TestUsers.ADVISOR + "\",\"candidateGroups\":[\"advisors\"]}],"
                        + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"}]}";
        report("REST first page (50), by due", () -> {
            var response =
                    rest.send("POST", "/engine-rest/task?firstResult=0&maxResults=50", "application/json", query);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("REST answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        });
    }

    private static void report(String what, Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get(); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Double::compare);
        System.out.printf(
                "%-32s median %6.1f ms   p95 %6.1f ms   max %6.1f ms%n",
                what, millis.get(ROUNDS / 2), millis.get((int) (ROUNDS * 0.95)), millis.get(ROUNDS - 1));
    }
}
