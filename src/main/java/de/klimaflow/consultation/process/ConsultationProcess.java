package de.klimaflow.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import de.klimaflow.notification.MailKinds;

/** Every name that processes/climate-manager-consultation.bpmn and funding-programmes.dmn use. */
public final class ConsultationProcess {

    public static final String PROCESS_KEY = "climate-manager-consultation";
    public static final String DECISION_KEY = "funding-programmes";

    public static final String START = "Start_CaseOpened";
    public static final String TASK_ASSIGN_ADVISOR = "Task_AssignAdvisor";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    public static final String TASK_INITIAL_CONSULTATION = "Task_InitialConsultation";
    public static final String TASK_PROPOSE_FUNDING = "Task_ProposeFunding";
    public static final String TASK_REVIEW_PROPOSAL = "Task_ReviewProposal";
    public static final String TASK_SEND_INFO_PACKAGE = "Task_SendInfoPackage";
    public static final String TASK_SUPPORT_APPLICATION = "Task_SupportApplication";
    public static final String RECEIVE_FUNDING_DECISION = "Receive_FundingDecision";
    public static final String TIMER_FOLLOW_UP = "Boundary_FollowUp";
    public static final String TASK_ASK_MUNICIPALITY = "Task_AskMunicipality";
    public static final String GATEWAY_GRANTED = "Gateway_Granted";
    public static final String TASK_FILL_POSITION = "Task_FillPosition";
    public static final String TASK_ADVISE_ALTERNATIVES = "Task_AdviseAlternatives";
    public static final String START_WITHDRAWN = "Start_Withdrawn";

    public static final String FORM_INITIAL_CONSULTATION = "consultation/initial";
    public static final String FORM_REVIEW_PROPOSAL = "consultation/review-proposal";
    public static final String FORM_SUPPORT_APPLICATION = "consultation/support-application";
    public static final String FORM_ASK_MUNICIPALITY = "consultation/ask-municipality";
    public static final String FORM_FILL_POSITION = "consultation/fill-position";
    public static final String FORM_ADVISE_ALTERNATIVES = "consultation/advise-alternatives";

    public static final String MESSAGE_FUNDING_DECISION = "FundingDecision";
    public static final String MESSAGE_WITHDRAWN = "ConsultationWithdrawn";
    public static final String MESSAGE_ASKED_ONLINE = "ConsultationAskedOnline";
    public static final String MESSAGE_COLLEAGUE_INTRODUCED = "ConsultationColleagueIntroduced";
    public static final String TASK_SEND_INTRODUCTION = "Task_SendIntroduction";
    /** The colleague of one introduction (their directory id), local to its subprocess. */
    public static final String VAR_COLLEAGUE_ID = "colleagueId";

    public static final String DELEGATE_ASSIGN_ADVISOR = "assignAdvisor";
    public static final String LISTENER_STORE_PROPOSAL = "storeFundingProposal";
    public static final String DELEGATE_INFO_PACKAGE_SENT = "infoPackageSent";

    /** The advisor's user id, or null when the region has none (then the whole group sees the tasks). */
    public static final String VAR_ADVISOR = "advisor";
    /** The decision table's result rows, removed once stored on the case. */
    public static final String VAR_PROPOSAL = "fundingProposal";

    public static final String VAR_GRANTED = "granted";
    public static final String VAR_KIND = "municipalityKind";
    public static final String VAR_POPULATION = "population";
    public static final String VAR_HAS_CONCEPT = "hasConcept";
    public static final String VAR_FIRST_POSITION = "firstPosition";

    public static final String MAIL_INFO_PACKAGE = MailKinds.CONSULTATION_INFO_PACKAGE;
    public static final String MAIL_RECEIVED = MailKinds.CONSULTATION_RECEIVED;
    public static final String MAIL_INTRODUCTION = MailKinds.COLLEAGUE_INTRODUCTION;

    private ConsultationProcess() {}

    static long caseId(DelegateExecution execution) {
        return Long.parseLong(execution.getProcessBusinessKey());
    }
}
