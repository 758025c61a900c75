package de.klimaflow.privacy.process;

/** Every name of processes/privacy-retention.bpmn. */
public final class PrivacyRetentionProcess {

    public static final String PROCESS_KEY = "privacy-retention";
    public static final String START_DAILY = "Start_Daily";
    public static final String TASK_APPLY_RETENTION = "Task_ApplyRetention";
    public static final String DELEGATE_APPLY_RETENTION = "applyRetention";

    private PrivacyRetentionProcess() {}
}
