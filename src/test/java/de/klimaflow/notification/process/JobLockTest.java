package de.klimaflow.notification.process;

import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.klimaflow.notification.MailDeliveryException;
import de.klimaflow.notification.MailSendGuards;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real engine of its own (in memory; the shared test context's job executor is off) whose job executor runs a
 * step that asks {@link JobLock} before it would send. Moving the running job's lock expiry back inside the step
 * stands for a node that stalled past its job's lock.
 */
class JobLockTest {

    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();
    /** How often each business key's step ran. */
    private static final java.util.Map<String, Integer> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final SimpleMeterRegistry METERS = new SimpleMeterRegistry();
    private static final MailSendGuards GUARDS = new MailSendGuards(METERS);
    private ProcessEngine engine;

    /**
     * The step: optionally stalls past its lock, optionally while another node takes its job over (as that node's
     * acquisition would: the job row's lock owner, committed), then asks whether it may still send.
     */
    public static class AskBeforeSending implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) throws Exception {
            RUNS.merge(execution.getBusinessKey(), 1, Integer::sum);
            Object stall = execution.getVariable("stallSeconds");
            if (stall != null) {
                // the lock as this node's run sees it runs out; the table's stays, so the JVM's own job executor
                // does not see it expired and take the job over again, which moving the engine's clock would invite
                JobEntity job = Context.getJobExecutorContext().getCurrentJob();
                job.setLockExpirationTime(
                        new Date(job.getLockExpirationTime().getTime() - ((Number) stall).longValue() * 1000));
            }
            if (execution.getVariable("takenOverBy") instanceof String otherNode) {
                try (java.sql.Connection other = ((ProcessEngineConfigurationImpl)
                                        execution.getProcessEngine().getProcessEngineConfiguration())
                                .getDataSource()
                                .getConnection();
                        java.sql.PreparedStatement lock = other.prepareStatement(
                                "update ACT_RU_JOB set LOCK_OWNER_ = ? where PROCESS_INSTANCE_ID_ = ?")) {
                    other.setAutoCommit(true);
                    lock.setString(1, otherNode);
                    lock.setString(2, execution.getProcessInstanceId());
                    assertThat(lock.executeUpdate()).isEqualTo(1);
                }
            }
            MailDeliveryException refusal = null;
            try {
                JobLock.requireToSend("Mail 1", GUARDS);
            } catch (MailDeliveryException refused) {
                refusal = refused;
            }
            OUTCOMES.put(execution.getBusinessKey(), refusal == null ? "may send" : refusal.getMessage());
            if (refusal != null && execution.getVariable("failWhenRefused") != null) {
                throw refusal;
            }
            if (execution.getVariable("failAnyway") != null) {
                throw new MailDeliveryException("SMTP: Connection refused", null);
            }
        }
    }

    @BeforeEach
    void startEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:job-lock;DB_CLOSE_DELAY=-1")
                        .setProcessEngineName("job-lock")
                        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                        .setJobExecutorActivate(true);
        // the app's failed-job rules; its outbox is never asked here, as no job runs out of retries
        configuration.getProcessEnginePlugins().add(new MailJobRetries(null));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "asks.bpmn",
                        Bpmn.createExecutableProcess("asks")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("send")
                                .camundaAsyncBefore()
                                .camundaFailedJobRetryTimeCycle("R3/PT10M")
                                .camundaClass(AskBeforeSending.class)
                                .receiveTask("wait")
                                .endEvent()
                                .done())
                .deploy();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
        OUTCOMES.clear();
        RUNS.clear();
    }

    @Test
    void aStalledStepSendsUnlessAnotherNodeTookItsJobOver() throws InterruptedException {
        // the lock time is the engine's 300 s; a stall of 400 s outlasts it
        double takenOverBefore = takenOverCount();
        engine.getRuntimeService().startProcessInstanceByKey("asks", "fresh");
        untilOutcomes(1);
        engine.getRuntimeService().startProcessInstanceByKey("asks", "late", Map.of("stallSeconds", 400));
        untilOutcomes(2);
        engine.getRuntimeService()
                .startProcessInstanceByKey("asks", "taken over", Map.of("stallSeconds", 400, "takenOverBy", "node-b"));
        untilOutcomes(3);

        assertThat(OUTCOMES).containsEntry("fresh", "may send").containsEntry("late", "may send");
        assertThat(OUTCOMES.get("taken over")).contains("nicht gesendet").contains("anderer Knoten");
        assertThat(RUNS).containsEntry("taken over", 1);
        assertThat(takenOverCount() - takenOverBefore)
                .as("counted for the step that was taken over, not for the late one")
                .isEqualTo(1.0);
    }

    @Test
    void aFailureOfAJobThatAnotherNodeTookOverLeavesTheJobToThatNode() throws InterruptedException {
        // this node's own failure spends a try, and the retry waits ten minutes
        String own = engine.getRuntimeService()
                .startProcessInstanceByKey("asks", "own failure", Map.of("failAnyway", true))
                .getId();
        untilOutcomes(1);
        assertThat(untilRetriesChange(own)).as("a try spent").isEqualTo(2);
        // the step refuses to send for a job node b holds now, and fails: node b runs the job, so nothing is recorded
        String takenOver = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "asks",
                        "taken over",
                        Map.of("stallSeconds", 400, "takenOverBy", "node-b", "failWhenRefused", true))
                .getId();
        untilOutcomes(2);
        assertThat(untilRetriesChange(takenOver)).as("no try spent").isEqualTo(3);
        org.camunda.bpm.engine.runtime.Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(takenOver)
                .singleResult();
        assertThat(job.getExceptionMessage()).isNull();
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getLockOwner())
                .isEqualTo("node-b");
    }

    private static double takenOverCount() {
        return METERS.get("klimaflow.mail.send.guards")
                .tag("outcome", "taken_over")
                .counter()
                .count();
    }

    /** The job's retries once they changed, or after three seconds. */
    private int untilRetriesChange(String instance) throws InterruptedException {
        int retries = 3;
        for (int tries = 0; retries == 3 && tries < 30; tries++) {
            Thread.sleep(100);
            retries = engine.getManagementService()
                    .createJobQuery()
                    .processInstanceId(instance)
                    .singleResult()
                    .getRetries();
        }
        return retries;
    }

    private static void untilOutcomes(int count) throws InterruptedException {
        for (int tries = 0; OUTCOMES.size() < count && tries < 300; tries++) {
            Thread.sleep(100);
        }
    }
}
