package de.klimaflow.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.klimaflow.platform.LogBudget;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One client address cannot take the server's request threads. A Tomcat valve, so it runs before any filter
 * or servlet can read a body: a client with {@code klimaflow.http.requests-per-client} requests in flight gets
 * 503 for the next one at once. A small body (a form, JSON) must then arrive whole within
 * {@code klimaflow.http.body-deadline} ({@link BufferedBody}), else 408, so a body that trickles in holds its
 * thread only that long. A refused request's body is never read: the connection is closed instead of drained.
 * Per node, in memory; behind a proxy the client is the address in X-Forwarded-For (README, "Security").
 */
@Configuration
class ClientRequestLimit {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRequestLimit.class);
    private static final LogBudget REFUSALS = new LogBudget(20);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientRequestLimitValve(
            @Value("${klimaflow.http.requests-per-client:24}") int perClient,
            @Value("${klimaflow.http.body-deadline:10s}") Duration bodyDeadline,
            MeterRegistry meters) {
        Limit limit = new Limit(perClient, bodyDeadline, meters);
        return factory -> factory.addContextValves(limit);
    }

    static final class Limit extends ValveBase {

        private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        private final int perClient;
        private final Duration bodyDeadline;
        private final MeterRegistry meters;

        Limit(int perClient, Duration bodyDeadline, MeterRegistry meters) {
            super(true);
            this.perClient = perClient;
            this.bodyDeadline = bodyDeadline;
            this.meters = meters;
            Gauge.builder("klimaflow.http.clients.in.flight", inFlight, Map::size)
                    .description("Client addresses with requests in flight")
                    .register(meters);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            long started = System.nanoTime();
            String client = request.getRemoteAddr();
            AtomicInteger count = inFlight.compute(client, (address, seen) -> {
                AtomicInteger counter = seen == null ? new AtomicInteger() : seen;
                counter.incrementAndGet();
                return counter;
            });
            try {
                if (count.get() > perClient) {
                    refuse(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "client_busy");
                    return;
                }
                try {
                    request.setRequest(BufferedBody.read(request.getRequest(), started + bodyDeadline.toNanos()));
                } catch (BufferedBody.Refused refused) {
                    refuse(
                            request,
                            response,
                            refused.status(),
                            refused.status() == HttpServletResponse.SC_REQUEST_TIMEOUT
                                    ? "body_too_slow"
                                    : "body_too_large");
                    return;
                } catch (IOException gone) {
                    // the client went away (or its connection timed out) while sending: nobody to answer, nothing to
                    // log
                    meters.counter("klimaflow.http.refused", "reason", "body_aborted")
                            .increment();
                    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                getNext().invoke(request, response);
            } finally {
                inFlight.computeIfPresent(
                        client, (address, counter) -> counter.decrementAndGet() <= 0 ? null : counter);
            }
        }

        /**
         * The answer without reading (more of) the body: Tomcat is told not to drain it and closes the connection, and
         * the body is claimed as a stream, so the error page's dispatch does not parse it for form fields either.
         */
        private void refuse(Request request, Response response, int status, String reason) throws IOException {
            meters.counter("klimaflow.http.refused", "reason", reason).increment();
            if (REFUSALS.allow(held -> LOG.warn("{} more requests were refused without a log line", held))) {
                LOG.warn("Refused a request from {} with {} ({})", request.getRemoteAddr(), status, reason);
            }
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            request.getInputStream();
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", "10");
            }
            response.sendError(status);
        }
    }
}
