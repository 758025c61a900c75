package de.klimaflow.notification;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** Mails per delivery status for Prometheus, counted from the outbox when scraped. */
@Component
class MailMetrics implements MeterBinder {

    private final JdbcTemplate jdbc;

    MailMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MailStatus status : MailStatus.values()) {
            Gauge.builder(
                            "klimaflow.mails",
                            () -> jdbc.queryForObject(
                                    "select count(*) from outbound_mail where status = ?", Long.class, status.name()))
                    .description("Mails in the outbox by delivery status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
