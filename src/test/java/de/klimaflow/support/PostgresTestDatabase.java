package de.klimaflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Creates a fresh PostgreSQL database for the test context and drops it when the context closes. Only
 * databases this class created are ever dropped. Server and superuser come from KLIMAFLOW_TEST_PG_URL
 * and KLIMAFLOW_TEST_PG_USER (default: 127.0.0.1:5432, user postgres, trust auth as on the CI machine).
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = env("KLIMAFLOW_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("KLIMAFLOW_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("KLIMAFLOW_TEST_PG_PASSWORD", "");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = create();
        // registered before any other bean, so destroyed after all of them (the engine and the pool)
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("dropTestDatabase", () -> drop(name));
        // replaces the application's system clock (which gives way to any Clock already present)
        context.getBeanFactory().registerSingleton("testClock", new TestClock());
        if (context instanceof GenericApplicationContext beans) {
            beans.registerBean(ProcessDriver.class);
            beans.registerBean(de.klimaflow.registration.RegistrationFixtures.class);
        }
        TestPropertyValues.of(
                        "spring.datasource.url=" + SERVER + name,
                        "spring.datasource.username=" + USER,
                        "spring.datasource.password=" + PASSWORD,
                        "camunda.bpm.database.type=postgres")
                .applyTo(context);
    }

    /** Creates a new, empty database; returns its name. */
    public static String create() {
        String name = "klimaflow_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        return name;
    }

    public static void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    /**
     * Takes the database away from the running app: no new connections, and every open one terminated.
     * Closing the returned handle lets connections in again.
     */
    public static AutoCloseable outage(String jdbcUrl) {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        if (!database.startsWith("klimaflow_test_")) {
            throw new IllegalArgumentException("only a test database of our own can be taken away: " + database);
        }
        execute("alter database " + database + " allow_connections false");
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        return () -> execute("alter database " + database + " allow_connections true");
    }

    public static String url(String database) {
        return SERVER + database;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the tests: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
