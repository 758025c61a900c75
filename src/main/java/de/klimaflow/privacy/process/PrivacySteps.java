package de.klimaflow.privacy.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.privacy.ErasureSteps;
import de.klimaflow.privacy.Retention;

/** The privacy processes' steps: retention, and an erasure request's erasure and close. */
@Configuration
class PrivacySteps {

    @Bean(PrivacyRetentionProcess.DELEGATE_APPLY_RETENTION)
    JavaDelegate applyRetention(Retention retention) {
        return execution -> retention.applyAll();
    }

    @Bean(PrivacyRequestProcess.DELEGATE_ERASE)
    JavaDelegate eraseRequestedData(ErasureSteps requests) {
        return execution -> requests.eraseConfirmed(Long.parseLong(execution.getProcessBusinessKey()));
    }

    @Bean(PrivacyRequestProcess.DELEGATE_CLOSE)
    JavaDelegate closeErasureRequest(ErasureSteps requests) {
        return execution -> requests.close(Long.parseLong(execution.getProcessBusinessKey()));
    }
}
