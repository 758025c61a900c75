package de.klimaflow.platform.process;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real engine of its own (in memory, so as not to touch the shared test context's, whose job executor is off)
 * with the {@link CoalescingJobExecutor}. Its polling interval is ten minutes, so every job the test sees run was
 * woken by a gathered hint.
 */
class CoalescingJobExecutorTest {

    private static final int INSTANCES = 40;

    private final ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
    private ProcessEngineConfigurationImpl configuration;
    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        threads.setCorePoolSize(4);
        threads.setThreadNamePrefix("coalescing-test-");
        threads.initialize();
        CoalescingJobExecutor executor = new CoalescingJobExecutor(Duration.ofMillis(300));
        executor.setTaskExecutor(threads);
        executor.setMaxJobsPerAcquisition(8);
        executor.setWaitTimeInMillis(600_000);
        executor.setMaxWait(600_000);
        configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:coalescing-job-executor;DB_CLOSE_DELAY=-1")
                        .setProcessEngineName("coalescing-job-executor")
                        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                        .setJobExecutorActivate(true);
        configuration.setJobExecutor(executor);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "waits.bpmn",
                        Bpmn.createExecutableProcess("waits")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .receiveTask("wait")
                                .camundaAsyncBefore()
                                .endEvent()
                                .done())
                .deploy();
    }

    @AfterEach
    void closeEngine() {
        engine.close();
        threads.shutdown();
    }

    @Test
    void jobsAddedWithinAWindowAreAcquiredTogetherAndEveryOneRuns() throws InterruptedException {
        for (int i = 0; i < INSTANCES; i++) {
            // each start is a commit of its own that hints the job executor
            engine.getRuntimeService().startProcessInstanceByKey("waits");
        }

        assertThat(untilNoJobIsLeft()).as("jobs left after 30 s").isZero();
        assertThat(engine.getRuntimeService()
                        .createExecutionQuery()
                        .activityId("wait")
                        .count())
                .isEqualTo(INSTANCES);
        // Camunda's own executor acquires about twice for every hint: 80 or more here
        long acquisitions = configuration
                .getMetricsRegistry()
                .getDbMeterByName(Metrics.JOB_ACQUISITION_ATTEMPT)
                .get();
        assertThat(acquisitions).isPositive().isLessThan(INSTANCES / 2);
    }

    @Test
    void aSingleJobIsWokenToo() throws InterruptedException {
        engine.getRuntimeService().startProcessInstanceByKey("waits");

        assertThat(untilNoJobIsLeft()).as("jobs left after 30 s").isZero();
    }

    private long untilNoJobIsLeft() throws InterruptedException {
        long left = engine.getManagementService().createJobQuery().count();
        for (int tries = 0; left > 0 && tries < 300; tries++) {
            Thread.sleep(100);
            left = engine.getManagementService().createJobQuery().count();
        }
        return left;
    }
}
