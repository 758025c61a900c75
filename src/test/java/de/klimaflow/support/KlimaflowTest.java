package de.klimaflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one application context most tests share: the whole app on a real port, on a PostgreSQL
 * database of its own. Keep this annotation the only configuration of those tests, or Spring starts
 * another context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
// Spring Boot tests switch metrics export off; the access test checks the Prometheus endpoint
@AutoConfigureObservability(tracing = false)
public @interface KlimaflowTest {}
