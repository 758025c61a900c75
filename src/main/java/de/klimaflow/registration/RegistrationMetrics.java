package de.klimaflow.registration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Registrations per status for Prometheus, counted when scraped. */
@Component
class RegistrationMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    RegistrationMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            Gauge.builder(
                            "klimaflow.registrations",
                            () -> jdbc.queryForObject(
                                    "select count(*) from registration where status = ?", Long.class, status.name()))
                    .description("Registrations by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
