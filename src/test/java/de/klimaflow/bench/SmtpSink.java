package de.klimaflow.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in a process of its own, for the benchmarks: {@code java -cp … SmtpSink
 * <smtpPort>}. A small HTTP control port (smtpPort + 1) counts what arrived and takes the server down and
 * up again for the outage drill: GET /stats, /down, /up, /purge, /quit. /down stops the server in order
 * (see {@link SmtpFront}, which listens on smtpPort; GreenMail itself listens on smtpPort + 2). GET /mails
 * lists "recipient|subject" of each mail, and /links?prefix=… hands the drills the tokens of the links the
 * app mailed (e.g. opt-in links). Messages received before a /down are kept, so the counts cover both lives of the server.
 */
public final class SmtpSink {

    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private final SmtpFront front;
    private GreenMail smtp;

    private SmtpSink(int port) {
        this.port = port;
        this.front = new SmtpFront(port, port + 2);
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
                    case "/links" -> sink.links(exchange.getRequestURI().getQuery());
                    case "/mails" ->
                        String.join(
                                "\n",
                                sink.received().stream().map(SmtpSink::key).toList());
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
            smtp = new GreenMail(new ServerSetup(port + 2, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            smtp.start();
        }
        try {
            front.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "up";
    }

    private String down() {
        try {
            front.close(Duration.ofSeconds(15));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (smtp != null) {
            // stop() swaps in a fresh store, so the mails of this life of the server are read from the old one
            Managers store = smtp.getManagers();
            smtp.stop();
            smtp = null;
            earlier.addAll(messages(store));
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

    /**
     * "total distinct duplicates sameMessageId": messages, distinct (recipient, subject) pairs, pairs received
     * more than once, and of those the pairs whose copies all carry one Message-ID (one mail, sent twice).
     */
    private String stats() {
        Map<String, Set<String>> messageIds = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<MimeMessage> all = received();
        for (MimeMessage message : all) {
            counts.merge(key(message), 1, Integer::sum);
            messageIds.computeIfAbsent(key(message), key -> new HashSet<>()).add(messageId(message));
        }
        long duplicates = counts.values().stream().filter(n -> n > 1).count();
        long sameMessageId = counts.entrySet().stream()
                .filter(entry ->
                        entry.getValue() > 1 && messageIds.get(entry.getKey()).size() == 1)
                .count();
        return all.size() + " " + counts.size() + " " + duplicates + " " + sameMessageId;
    }

    private static String messageId(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (MessagingException e) {
            return "unreadable";
        }
    }

    private List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (smtp != null) {
            all.addAll(messages(smtp.getManagers()));
        }
        return all;
    }

    /**
     * For each received mail with a link whose path starts with the given prefix (query {@code prefix=…}):
     * "recipient|subject", a tab and the path segment after the prefix, e.g. the token of an opt-in link.
     */
    private String links(String query) {
        String prefix = query == null
                ? ""
                : java.net.URLDecoder.decode(query.replaceFirst("^prefix=", ""), StandardCharsets.UTF_8);
        Pattern link = Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_-]+)");
        StringBuilder lines = new StringBuilder();
        for (MimeMessage message : received()) {
            Matcher found = link.matcher(text(message));
            if (found.find()) {
                lines.append(key(message)).append('\t').append(found.group(1)).append('\n');
            }
        }
        return lines.toString();
    }

    private static List<MimeMessage> messages(Managers store) {
        List<MimeMessage> messages = new ArrayList<>();
        for (StoredMessage stored : store.getImapHostManager().getAllMessages()) {
            messages.add(stored.getMimeMessage());
        }
        return messages;
    }

    private static String key(MimeMessage message) {
        try {
            StringBuilder to = new StringBuilder();
            for (Address address : message.getAllRecipients()) {
                to.append(address instanceof InternetAddress internet ? internet.getAddress() : address)
                        .append(',');
            }
            return to + "|" + message.getSubject();
        } catch (MessagingException e) {
            return "unreadable|" + e.getMessage();
        }
    }

    /** The decoded text of every text part. */
    private static String text(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            StringBuilder all = new StringBuilder();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    all.append(text(parts.getBodyPart(i)));
                }
            }
            return all.toString();
        } catch (MessagingException | IOException e) {
            return "";
        }
    }
}
