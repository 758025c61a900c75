package de.klimaflow.platform.process;

import java.time.Duration;
import java.util.Optional;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;

/**
 * Puts the {@link CoalescingJobExecutor} where the starter would put its own, with the same
 * {@code camunda.bpm.job-execution.*} settings; {@code klimaflow.job-executor.wake-up-window} (0 for the
 * starter's behaviour) is how long hints are gathered.
 */
@Configuration(proxyBeanMethods = false)
class JobExecutorConfiguration {

    @Bean
    @ConditionalOnProperty(
            prefix = "camunda.bpm.job-execution",
            name = "enabled",
            havingValue = "true",
            matchIfMissing = true)
    static JobExecutor jobExecutor(
            @Qualifier("camundaTaskExecutor") TaskExecutor threads,
            CamundaBpmProperties camunda,
            @Value("${klimaflow.job-executor.wake-up-window}") Duration window) {
        CoalescingJobExecutor executor = new CoalescingJobExecutor(window);
        executor.setTaskExecutor(threads);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
        JobExecutionProperty settings = camunda.getJobExecution();
        Optional.ofNullable(settings.getLockTimeInMillis()).ifPresent(executor::setLockTimeInMillis);
        Optional.ofNullable(settings.getMaxJobsPerAcquisition()).ifPresent(executor::setMaxJobsPerAcquisition);
        Optional.ofNullable(settings.getWaitTimeInMillis()).ifPresent(executor::setWaitTimeInMillis);
        Optional.ofNullable(settings.getMaxWait()).ifPresent(executor::setMaxWait);
        Optional.ofNullable(settings.getBackoffTimeInMillis()).ifPresent(executor::setBackoffTimeInMillis);
        Optional.ofNullable(settings.getMaxBackoff()).ifPresent(executor::setMaxBackoff);
        Optional.ofNullable(settings.getBackoffDecreaseThreshold()).ifPresent(executor::setBackoffDecreaseThreshold);
        Optional.ofNullable(settings.getWaitIncreaseFactor()).ifPresent(executor::setWaitIncreaseFactor);
        return executor;
    }
}
