package org.jifen.api.web;

import static org.jifen.api.ApiTest.ADMIN_KEY;
import static org.jifen.api.ApiTest.API_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jifen.api.ApiTest.Response;
import org.jifen.api.web.HostileCorpus.Hostile;
import org.jifen.api.web.HostileCorpus.Streamed;

/** Sends a case of the hostile corpus to the running service: by the HTTP client, or streamed over a socket. */
final class HostileHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;
    private final ObjectMapper json;

    HostileHttp(int port, ObjectMapper json) {
        this.port = port;
        this.json = json;
    }

    Response send(Hostile c) {
        if (c.body() instanceof Streamed streamed) {
            return raw(c, streamed);
        }
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray((byte[]) c.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.path()))
                .timeout(Duration.ofSeconds(60)).method(c.method(), body);
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }
        request.header("Accept", c.headers().getOrDefault("Accept", "application/json, application/problem+json"));
        authenticate(request::header);
        c.headers().forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(c.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds the administrator's key: the corpus is about input, not about who may send it. */
    private static void authenticate(java.util.function.BiConsumer<String, String> header) {
        header.accept(API_KEY, ADMIN_KEY);
    }

    private Response response(int status, String contentType, String raw) {
        JsonNode body;
        try {
            body = raw.isEmpty() ? json.missingNode() : json.readTree(raw);
        } catch (IOException notJson) {
            body = json.missingNode();
        }
        return new Response(status, contentType, body, raw);
    }

    /**
     * Sends a streamed body over a plain socket: the body is generated 64 KB at a time by a writer
     * thread while the response is read, so a server that answers early (and stops reading) is seen
     * answering rather than as a broken pipe.
     */
    private Response raw(Hostile c, Streamed body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(c.method()).append(' ').append(c.path()).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\n")
                    .append("Accept: application/json, application/problem+json\r\n")
                    .append("Content-Type: ").append(c.contentType()).append("\r\n");
            authenticate((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append(body.chunked() ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length() + "\r\n");
            if (body.expectContinue()) {
                head.append("Expect: 100-continue\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = new Thread(() -> write(out, body), "hostile-writer");
            writer.setDaemon(true);
            if (!body.expectContinue()) {
                writer.start();
            }
            InputStream in = new BufferedInputStream(socket.getInputStream());
            Response response;
            while (true) {
                response = readResponse(in);
                if (response.status() != 100) {
                    break;
                }
                writer.start(); // the server asked for the body after all
            }
            socket.close();
            writer.join(10_000);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(c.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(OutputStream out, Streamed body) {
        // whole units in a block, so a multi-byte character is never split between blocks
        byte[] block = new byte[64 * 1024 / body.unit().length * body.unit().length];
        for (int i = 0; i < block.length; i++) {
            block[i] = body.unit()[i % body.unit().length];
        }
        try {
            long left = body.length();
            boolean first = true;
            while (left > 0) {
                byte[] bytes = block;
                if (first) {
                    bytes = block.clone();
                    System.arraycopy(body.prefix(), 0, bytes, 0, body.prefix().length);
                    first = false;
                }
                int n = (int) Math.min(bytes.length, left);
                if (body.chunked()) {
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(bytes, 0, n);
                if (body.chunked()) {
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                left -= n;
            }
            if (body.chunked()) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.flush();
        } catch (IOException closed) {
            // the server answered and closed the connection: expected
        }
    }

    /** Reads one HTTP/1.1 response: status line, headers, and a body of Content-Length, chunked or to the end. */
    private Response readResponse(InputStream in) throws IOException {
        String status = line(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        if (code == 100) {
            return new Response(100, null, json.missingNode(), "");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            body.write(in.readAllBytes());
        }
        return response(code, headers.get("content-type"), body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
