package vn.thidua.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An SMTP server on loopback that accepts every message and keeps it (its recipients and raw text), so a test can
 * see what the application sent without a real mail server. No extensions, no TLS, no login.
 */
final class FakeSmtp implements AutoCloseable {

    /** A message as received: the RCPT TO addresses and the DATA text. */
    record Mail(List<String> recipients, String data) {
    }

    private final ServerSocket server;
    private final BlockingQueue<Mail> received = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    FakeSmtp() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next message received within {@code seconds}, or null. */
    Mail next(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(30_000);
                converse(socket);
            } catch (IOException e) {
                // closed, or the client went away: wait for the next one
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        say(out, "220 localhost fake SMTP");
        List<String> recipients = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> say(out, "250 localhost");
                case "MAIL" -> {
                    recipients = new ArrayList<>();
                    say(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                    say(out, "250 OK");
                }
                case "DATA" -> {
                    say(out, "354 End data with <CR><LF>.<CR><LF>");
                    StringBuilder data = new StringBuilder();
                    for (String text = in.readLine(); text != null && !text.equals("."); text = in.readLine()) {
                        data.append(text).append('\n');
                    }
                    received.add(new Mail(List.copyOf(recipients), data.toString()));
                    say(out, "250 OK queued");
                }
                case "QUIT" -> {
                    say(out, "221 Bye");
                    return;
                }
                default -> say(out, "250 OK");
            }
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
