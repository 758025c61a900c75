package de.klimaflow.consultation.process;

import de.klimaflow.notification.MailKinds;

/** Every name that processes/inquiry-handling.bpmn uses: ids, form key and mail kind. */
public final class InquiryProcess {

    public static final String PROCESS_KEY = "inquiry-handling";
    public static final String TASK_ANSWER = "Task_AnswerInquiry";
    public static final String FORM_ANSWER = "consultation/answer-inquiry";
    public static final String TASK_SEND_ANSWER = "Task_SendAnswer";
    public static final String TASK_REMIND_OVERDUE = "Task_RemindAnswerOverdue";
    public static final String MAIL_ANSWER = MailKinds.INQUIRY_ANSWER;

    private InquiryProcess() {
    }
}
