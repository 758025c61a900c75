package de.klimaflow.notification.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.klimaflow.notification.MailDeliveryException;

/**
 * A real engine of its own (in memory; the shared test context's job executor is off) whose job executor runs a
 * step that asks {@link JobLock} before it would send. Moving the engine's clock inside the step stands for a node
 * that stalled while it held the job.
 */
class JobLockTest {

    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();
    private ProcessEngine engine;

    /** The step: optionally stalls past most of its lock, then asks whether it may still send. */
    public static class AskBeforeSending implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Object stall = execution.getVariable("stallSeconds");
            if (stall != null) {
                ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + ((Number) stall).longValue() * 1000));
            }
            try {
                JobLock.requireTimeToSend("Mail 1");
                OUTCOMES.put(execution.getBusinessKey(), "may send");
            } catch (MailDeliveryException refused) {
                OUTCOMES.put(execution.getBusinessKey(), refused.getMessage());
            } finally {
                ClockUtil.reset();
            }
        }
    }

    @BeforeEach
    void startEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:job-lock;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("job-lock")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .setJobExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addModelInstance("asks.bpmn", Bpmn.createExecutableProcess("asks").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask("send").camundaAsyncBefore().camundaClass(AskBeforeSending.class)
                        .receiveTask("wait").endEvent().done())
                .deploy();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
        ClockUtil.reset();
        OUTCOMES.clear();
    }

    @Test
    void theHolderOfAFreshLockMaySendAndAStalledOneMayNot() throws InterruptedException {
        // the starter's lock time is 300 s, so a step must begin sending with more than 100 s of it left
        // one after the other: the engine's clock is the whole JVM's
        engine.getRuntimeService().startProcessInstanceByKey("asks", "fresh");
        untilOutcomes(1);
        engine.getRuntimeService().startProcessInstanceByKey("asks", "stalled", Map.of("stallSeconds", 210));
        untilOutcomes(2);

        assertThat(OUTCOMES).containsEntry("fresh", "may send");
        assertThat(OUTCOMES.get("stalled")).contains("nicht gesendet").contains("Sperre");
        assertThat(Duration.ofMinutes(5)).as("the engine's default lock time, which the margin above assumes")
                .isEqualTo(Duration.ofMillis(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                        .getJobExecutor().getLockTimeInMillis()));
    }

    private static void untilOutcomes(int count) throws InterruptedException {
        for (int tries = 0; OUTCOMES.size() < count && tries < 300; tries++) {
            Thread.sleep(100);
        }
    }
}
