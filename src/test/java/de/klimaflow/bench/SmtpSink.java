package de.klimaflow.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in a process of its own, for the benchmarks: {@code java -cp … SmtpSink
 * <smtpPort>}. A small HTTP control port (smtpPort + 1) counts what arrived and takes the server down and
 * up again for the outage drill: GET /stats, /down, /up, /purge, /quit. Messages received before a /down
 * are kept, so the counts cover both lives of the server.
 */
public final class SmtpSink {

    private final int port;
    private final List<String> earlier = new ArrayList<>();
    private GreenMail smtp;

    private SmtpSink(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        SmtpSink sink = new SmtpSink(port);
        sink.up();
        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", port + 1), 0);
        control.createContext("/", exchange -> {
            String answer;
            synchronized (sink) {
                answer = switch (exchange.getRequestURI().getPath()) {
                    case "/stats" -> sink.stats();
                    case "/down" -> sink.down();
                    case "/up" -> sink.up();
                    case "/purge" -> sink.purge();
                    case "/quit" -> "bye";
                    default -> "unknown";
                };
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            if (exchange.getRequestURI().getPath().equals("/quit")) {
                System.exit(0);
            }
        });
        control.start();
        System.out.println("SMTP sink on 127.0.0.1:" + port + ", control on " + (port + 1));
    }

    private String up() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            smtp.start();
        }
        return "up";
    }

    private String down() {
        if (smtp != null) {
            earlier.addAll(keys(smtp));
            smtp.stop();
            smtp = null;
        }
        return "down";
    }

    private String purge() {
        earlier.clear();
        if (smtp != null) {
            try {
                smtp.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return "purged";
    }

    /** "total distinct duplicates": messages, distinct (recipient, subject) pairs, pairs received more than once. */
    private String stats() {
        List<String> all = new ArrayList<>(earlier);
        if (smtp != null) {
            all.addAll(keys(smtp));
        }
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(key -> counts.merge(key, 1, Integer::sum));
        long duplicates = counts.values().stream().filter(n -> n > 1).count();
        return all.size() + " " + counts.size() + " " + duplicates;
    }

    private static List<String> keys(GreenMail smtp) {
        List<String> keys = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                StringBuilder to = new StringBuilder();
                for (Address address : message.getAllRecipients()) {
                    to.append(address).append(',');
                }
                keys.add(to + "|" + message.getSubject());
            } catch (MessagingException e) {
                keys.add("unreadable|" + e.getMessage());
            }
        }
        return keys;
    }
}
