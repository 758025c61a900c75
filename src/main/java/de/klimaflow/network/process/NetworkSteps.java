package de.klimaflow.network.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.network.NetworkJoin;
import de.klimaflow.tasks.BusinessObjectLabels;

/** The network-join process's service steps and the join requests' labels in the task list. */
@Configuration
class NetworkSteps {

    @Bean(NetworkJoinProcess.DELEGATE_WELCOME_MEMBER)
    JavaDelegate welcomeNetworkMember(NetworkJoin joins) {
        return execution -> joins.welcome(NetworkJoinProcess.requestId(execution));
    }

    @Bean(NetworkJoinProcess.DELEGATE_CHECK_KNOWN_ADDRESS)
    JavaDelegate checkKnownJoinAddress(NetworkJoin joins) {
        return execution -> execution.setVariable(
                NetworkJoinProcess.VAR_KNOWN_ADDRESS,
                joins.knownAddress(NetworkJoinProcess.requestId(execution)).name());
    }

    @Bean(NetworkJoinProcess.DELEGATE_CLOSE_DUPLICATE)
    JavaDelegate closeDuplicateJoinRequest(NetworkJoin joins) {
        return execution -> joins.closeAsDuplicate(NetworkJoinProcess.requestId(execution));
    }

    @Bean
    BusinessObjectLabels joinRequestLabels(NetworkJoin joins) {
        return BusinessObjectLabels.ofIds(NetworkJoinProcess.PROCESS_KEY, joins::labels);
    }
}
