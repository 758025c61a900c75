package de.klimaflow.platform.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds an index on the jobs' due date once Camunda has created or updated its schema. The job executor
 * asks for due jobs many times a second, and Camunda's schema has no index that query can use: every
 * registration waiting for its opt-in leaves a timer due in 48 hours, so with 8,000 of them PostgreSQL read
 * the whole job table each time (3.3 ms instead of 0.04 ms; see src/bench/notes.md). Flyway runs before the
 * engine creates its tables, so this cannot be one of our migrations.
 */
@Component
public class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    static final String INDEX = "KF_IDX_JOB_DUEDATE";
    private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_JOB";
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + INDEX + " on " + table + " (DUEDATE_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException failed) {
            // two nodes starting together may race for it; the engine works without it, only slower
            LOG.warn("Could not create the index {} on {}: {}", INDEX, table, failed.getMessage());
        }
    }
}
