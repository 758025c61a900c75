package de.klimaflow.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SMTP port the app talks to, in front of the SMTP server of {@link SmtpSink}. It lets the drill stop
 * that server the way an orderly shutdown of a mail server does: a connection that sent the end of a mail
 * gets the server's answer to it first, every other connection is closed at once, and new ones are refused.
 * GreenMail's own stop() closes its sockets abruptly, so it could store a mail whose "250" never reached the
 * sender. The sender must then send it again, and no SMTP client can avoid that duplicate (RFC 1047).
 * The front reads the conversation line by line and understands only DATA and the final dot; it assumes
 * a client without pipelining, as Jakarta Mail is by default.
 */
final class SmtpFront {

    private final int port;
    private final int serverPort;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;

    SmtpFront(int port, int serverPort) {
        this.port = port;
        this.serverPort = serverPort;
    }

    void open() throws IOException {
        if (listener != null) {
            return;
        }
        ServerSocket opened = new ServerSocket();
        opened.setReuseAddress(true);
        opened.bind(new InetSocketAddress("127.0.0.1", port));
        listener = opened;
        daemon("smtp-front-accept", () -> accept(opened));
    }

    /** Refuses new connections and closes the open ones as described above; returns once all are closed. */
    void close(Duration patience) throws IOException, InterruptedException {
        if (listener == null) {
            return;
        }
        listener.close();
        listener = null;
        links.forEach(Link::closeWhenNoAnswerIsPending);
        long deadline = System.nanoTime() + patience.toNanos();
        while (!links.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        links.forEach(Link::close);
    }

    private void accept(ServerSocket opened) {
        while (!opened.isClosed()) {
            try {
                Socket client = opened.accept();
                Socket server;
                try {
                    server = new Socket("127.0.0.1", serverPort);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                Link link = new Link(client, server);
                links.add(link);
                daemon("smtp-front-up", link::forwardCommands);
                daemon("smtp-front-down", link::forwardReplies);
            } catch (IOException e) {
                // the listener was closed
            }
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** One client connection and its connection to the server. */
    private final class Link {

        private final Socket client;
        private final Socket server;
        // guarded by this
        private boolean dataRequested;
        private boolean inData;
        private boolean endOfMailUnanswered;
        private boolean closing;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void forwardCommands() {
            try {
                InputStream in = new BufferedInputStream(client.getInputStream());
                OutputStream out = server.getOutputStream();
                ByteArrayOutputStream pending = new ByteArrayOutputStream();
                byte[] line;
                while ((line = readLine(in)) != null) {
                    synchronized (this) {
                        if (!inData && isLine(line, "DATA")) {
                            dataRequested = true;
                        } else if (inData && isLine(line, ".")) {
                            inData = false;
                            if (closing) {
                                break; // the server never sees this mail end, so it stores nothing
                            }
                            endOfMailUnanswered = true;
                        }
                    }
                    pending.write(line);
                    if (in.available() == 0) {
                        pending.writeTo(out);
                        out.flush();
                        pending.reset();
                    }
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                close();
            }
        }

        void forwardReplies() {
            try {
                InputStream in = new BufferedInputStream(server.getInputStream());
                OutputStream out = client.getOutputStream();
                byte[] line;
                while ((line = readLine(in)) != null) {
                    boolean finalLine = line.length >= 4 && line[3] == ' ';
                    boolean answeredEndOfMail = false;
                    synchronized (this) {
                        if (finalLine && dataRequested) {
                            dataRequested = false;
                            inData = line[0] == '3'; // "354 go ahead": the mail's lines follow
                        } else if (finalLine && endOfMailUnanswered) {
                            answeredEndOfMail = true;
                        }
                    }
                    out.write(line);
                    out.flush();
                    if (answeredEndOfMail) {
                        synchronized (this) {
                            endOfMailUnanswered = false;
                            if (closing) {
                                break;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                close();
            }
        }

        synchronized void closeWhenNoAnswerIsPending() {
            closing = true;
            if (!endOfMailUnanswered) {
                close();
            }
        }

        void close() {
            closeQuietly(client);
            closeQuietly(server);
            links.remove(this);
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }

        private static boolean isLine(byte[] line, String command) {
            String text = new String(line, StandardCharsets.US_ASCII);
            return text.equalsIgnoreCase(command + "\r\n") || text.equalsIgnoreCase(command + "\n");
        }

        /** One line including its line end, or null at the end of the stream. */
        private static byte[] readLine(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(128);
            int next;
            while ((next = in.read()) != -1) {
                line.write(next);
                if (next == '\n') {
                    return line.toByteArray();
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
        }
    }
}
