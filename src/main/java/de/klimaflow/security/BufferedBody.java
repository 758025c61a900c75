package de.klimaflow.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A small body (a form post, JSON, text) read whole before any filter or servlet sees the request, with a
 * deadline: a client that sends a byte now and then is cut off with 408 when the deadline has passed,
 * instead of holding a request thread for as long as it likes. Form fields are then parsed from the bytes
 * read here; the container never reads the body again. Uploads and other bodies stream as before.
 */
final class BufferedBody {

    /** Form posts as large as Tomcat's {@code max-http-form-post-size}; JSON and text up to a megabyte. */
    static final int FORM_LIMIT = 64 * 1024;

    static final int OTHER_LIMIT = 1024 * 1024;

    private BufferedBody() {}

    /** A body that did not arrive whole within the deadline or the limit; the status says which. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status) {
            super(null, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** The request with its small body read, or the request itself when it has none (or a large one, limited elsewhere). */
    static HttpServletRequest read(HttpServletRequest request, long deadlineNanos) throws IOException, Refused {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        if (!hasBody
                || !(form
                        || type.startsWith("application/json")
                        || type.contains("+json")
                        || type.startsWith("text/"))) {
            return request;
        }
        int limit = form ? FORM_LIMIT : OTHER_LIMIT;
        if (request.getContentLengthLong() > limit) {
            return request; // refused by the body limits further in, before anything reads it
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(0, (int) request.getContentLengthLong()));
        InputStream in = request.getInputStream();
        byte[] chunk = new byte[8192];
        for (int n; (n = in.read(chunk)) != -1; ) {
            bytes.write(chunk, 0, n);
            if (bytes.size() > limit) {
                throw new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new Refused(HttpServletResponse.SC_REQUEST_TIMEOUT);
            }
        }
        return new Read(request, bytes.toByteArray(), form);
    }

    /** The request over the bytes read; form fields from the query string and the body, as the container would. */
    private static final class Read extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Map<String, String[]> parameters;

        Read(HttpServletRequest request, byte[] body, boolean form) {
            super(request);
            this.body = body;
            Charset charset = charset(request);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            parse(request.getQueryString(), charset, fields);
            if (form) {
                parse(new String(body, StandardCharsets.ISO_8859_1), charset, fields);
            }
            Map<String, String[]> parsed = new LinkedHashMap<>();
            fields.forEach((name, values) -> parsed.put(name, values.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(parsed);
        }

        private static Charset charset(HttpServletRequest request) {
            try {
                return request.getCharacterEncoding() == null
                        ? StandardCharsets.UTF_8
                        : Charset.forName(request.getCharacterEncoding());
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }

        /** Pairs that do not decode are left out, as Tomcat leaves them out. */
        private static void parse(@Nullable String encoded, Charset charset, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
                    into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException malformed) {
                    // skipped
                }
            }
        }

        /** The raw bytes were read as Latin-1, one char a byte, so the percent-decoding sees the original octets. */
        private static String decode(String raw, Charset charset) {
            String octets = URLDecoder.decode(raw, StandardCharsets.ISO_8859_1);
            return new String(octets.getBytes(StandardCharsets.ISO_8859_1), charset);
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), charset(this)));
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
