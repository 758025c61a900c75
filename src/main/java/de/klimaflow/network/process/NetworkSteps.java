package de.klimaflow.network.process;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.network.Contributions;
import de.klimaflow.network.NetworkJoin;
import de.klimaflow.tasks.BusinessObjectLabels;

/** The network-join process's service steps, and the join requests' and contributions' labels in the task list. */
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

    /**
     * The quarter's instance, started by its timer without a key, is about the meeting it planned from then on: in
     * Cockpit, and for the call's mails and their deliveries.
     */
    @Bean(NetworkMeetingCycleProcess.LISTENER_MEETING_AS_BUSINESS_KEY)
    ExecutionListener meetingAsBusinessKey() {
        return execution -> execution.setProcessBusinessKey(
                String.valueOf(execution.getVariable(NetworkMeetingCycleProcess.VAR_MEETING_ID)));
    }

    @Bean
    BusinessObjectLabels joinRequestLabels(NetworkJoin joins) {
        return BusinessObjectLabels.ofIds(NetworkJoinProcess.PROCESS_KEY, joins::labels);
    }

    @Bean
    BusinessObjectLabels contributionLabels(Contributions contributions) {
        return BusinessObjectLabels.ofIds(NetworkContributionProcess.PROCESS_KEY, contributions::labels);
    }
}
