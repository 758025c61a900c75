package de.klimaflow.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket from a chosen loopback address (127.0.0.2, 127.0.0.3 ...), so that a test can be two
 * clients at once as the server sees them: Java 17's HttpClient cannot choose its local address. One request per
 * connection; keeps the session cookie it is given, like a browser.
 */
public final class LoopbackClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    /** One answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream()
                    .findFirst();
        }
    }

    private final String from;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public LoopbackClient(String from, int port) {
        this.from = from;
        this.port = port;
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, "", headers);
    }

    /** A form POST; extra headers as name, value, name, value ... */
    public Answer postForm(String path, String form, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, form, all);
    }

    /** The login form as a browser posts it, with the token of a freshly opened login page; returns the redirect target. */
    public String login(String user, String password) {
        Matcher token = CSRF.matcher(get("/login").body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return postForm(
                        "/login",
                        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1)))
                .header("Location")
                .orElse("");
    }

    public Answer send(String method, String path, String body, String... headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(
                method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (!cookies.isEmpty()) {
            head.append("Cookie: ")
                    .append(String.join(
                            "; ",
                            cookies.entrySet().stream()
                                    .map(c -> c.getKey() + "=" + c.getValue())
                                    .toList()))
                    .append("\r\n");
        }
        if (content.length > 0 || !"GET".equals(method)) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection from this client's address, for tests that write the request themselves. */
    public Socket open() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        headers.getOrDefault("set-cookie", List.of()).forEach(cookie -> {
            String pair = cookie.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        });
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            int size = Integer.parseInt(
                    new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
