package de.klimaflow.platform.api;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures count as a database that cannot be reached (503) rather than a fault of ours (500). */
class DatabaseUnavailableTest {

    @Test
    void aRollbackOnAConnectionThePoolEvictedIsAnOutage() {
        // what the database drill got once: the terminated connection's I/O error was replaced by the failed rollback
        RuntimeException rollback = new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
        assertThat(DatabaseUnavailable.isOutage(rollback)).isTrue();
    }

    @Test
    void aLostOrRefusedConnectionIsAnOutage() {
        assertThat(DatabaseUnavailable.isOutage(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isOutage(new RuntimeException(new SQLException("terminating", "57P01"))))
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseUnavailable.isOutage(
                        new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isOutage(
                        new RuntimeException(new SQLException("Connection is closed", "42000"))))
                .isFalse();
        assertThat(DatabaseUnavailable.isOutage(new IllegalStateException("no database involved")))
                .isFalse();
    }
}
