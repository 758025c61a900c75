package de.klimaflow.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.assertions.bpmn.ProcessInstanceAssert;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way process tests drive a model on the real engine, so that they read like the model: find the instance of a
 * business object, assert where it waits, complete a task and fire a timer by their element ids, and move the engine's
 * clock and the business clock together. A bean of the shared test context.
 */
public class ProcessDriver {

    private final ProcessEngine engine;
    private final TestClock clock;

    public ProcessDriver(ProcessEngine engine, TestClock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** The running instance of the model for this business object (its id is the business key). */
    public ProcessInstance instance(String processKey, Object businessKey) {
        ProcessInstance instance = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey.toString())
                .singleResult();
        assertThat(instance).as("a running %s for %s", processKey, businessKey).isNotNull();
        return instance;
    }

    /** How many instances of the model run for this business object. */
    public long running(String processKey, Object businessKey) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey.toString())
                .count();
    }

    /** camunda-bpm-assert's assertions on the instance, e.g. {@code isWaitingAt(TASK_APPROVE)}. */
    public ProcessInstanceAssert assertThatInstance(ProcessInstance instance) {
        BpmnAwareTests.init(
                engine); // its engine is thread-bound: tests may run on another thread than the context's start
        return BpmnAwareTests.assertThat(instance);
    }

    /** The open user task of the instance at that element. */
    public Task task(ProcessInstance instance, String taskKey) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("task %s open", taskKey).isNotNull();
        return task;
    }

    /** The instance's only open user task. */
    public Task openTask(ProcessInstance instance) {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThat(task).as("an open task").isNotNull();
        return task;
    }

    /** Completes the open task at that element with these variables. */
    public void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(task(instance, taskKey).getId(), variables);
    }

    /** The job waiting at that element: a timer, or an asynchronous step. */
    public Job job(ProcessInstance instance, String elementId) {
        List<Job> jobs = jobs(instance, elementId);
        assertThat(jobs).as("one job at %s", elementId).hasSize(1);
        return jobs.get(0);
    }

    /** Every job at that element, e.g. one per recipient of a multi-instance step. */
    public List<Job> jobs(ProcessInstance instance, String elementId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(elementId)
                .list();
    }

    /** Whether a job waits at that element. */
    public boolean hasJob(ProcessInstance instance, String elementId) {
        return engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .activityId(elementId)
                        .count()
                > 0;
    }

    /** Runs the job at that element now (an asynchronous step, or a timer before its time). */
    public void execute(ProcessInstance instance, String elementId) {
        engine.getManagementService().executeJob(job(instance, elementId).getId());
    }

    /** Moves both clocks to just after the timer's due date (never back), then fires it. */
    public void fireTimer(ProcessInstance instance, String timerId) {
        Job timer = job(instance, timerId);
        moveClocksForward(timer.getDuedate().toInstant().plusSeconds(1));
        engine.getManagementService().executeJob(timer.getId());
    }

    /** The timer start event of a model (it waits outside any instance). */
    public Job startTimer(String processKey, String timerId) {
        Job timer = engine.getManagementService()
                .createJobQuery()
                .processDefinitionKey(processKey)
                .activityId(timerId)
                .timers()
                .singleResult();
        assertThat(timer).as("start timer %s of %s", timerId, processKey).isNotNull();
        return timer;
    }

    /** Moves both clocks to just after the start timer's due date, then fires it: a new instance starts. */
    public void fireStartTimer(String processKey, String timerId) {
        Job timer = startTimer(processKey, timerId);
        moveClocksForward(timer.getDuedate().toInstant().plusSeconds(1));
        engine.getManagementService().executeJob(timer.getId());
    }

    /** When the timer at that element is due. */
    public Instant dueOf(ProcessInstance instance, String timerId) {
        return job(instance, timerId).getDuedate().toInstant();
    }

    /** Moves the business clock and the engine's clock to the same moment; both keep running from there. */
    public void moveClocksTo(Instant moment) {
        advanceClocks(Duration.between(clock.instant(), moment));
    }

    private void moveClocksForward(Instant moment) {
        if (moment.isAfter(clock.instant())) {
            moveClocksTo(moment);
        }
    }

    /** Moves both clocks forward (or back) together. */
    public void advanceClocks(Duration by) {
        clock.advance(by);
        ClockUtil.offset(clock.offset().toMillis());
    }

    /** Both clocks back to the real time; every test that moves them calls this afterwards. */
    public void resetClocks() {
        clock.reset();
        ClockUtil.reset();
    }

    /** The engine's time, for assertions on due dates. */
    public Date engineNow() {
        return ClockUtil.getCurrentTime();
    }
}
