package org.jifen.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects what no endpoint should read, before authentication and before any controller runs:
 * <ul>
 * <li>a method other than GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS (TRACE among them): 405;</li>
 * <li>a body whose Content-Length is over the limit: 413 at once, unread;</li>
 * <li>a body sent without a length (chunked) is counted as it is read; past the limit, reading
 *     fails with {@link BodyTooLargeException} and the request is answered 413;</li>
 * <li>a write ({@code POST}, {@code PUT}, {@code PATCH}) under {@code /api/} whose Accept header
 *     excludes JSON: 406, so that nothing is written for an answer the client cannot read.</li>
 * </ul>
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    private final long maxBody;

    public RequestLimitsFilter(long maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
            Problems.write(response, HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "this method is not "
                    + "allowed; the API uses GET, POST, PUT and DELETE");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBody) {
            response.setHeader("Connection", "close");
            Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", "the request body is "
                    + size(declared) + "; the most the service accepts is " + size(maxBody));
            return;
        }
        if (WRITES.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/")
                && !acceptsJson(request.getHeader("Accept"))) {
            Problems.write(response, HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "this endpoint answers with "
                    + "application/json (errors with application/problem+json); the Accept header excludes both");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, maxBody), response);
    }

    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        return types.stream().anyMatch(t -> ANSWERS.stream().anyMatch(t::isCompatibleWith));
    }

    /** "2 MB (2097152 bytes)". */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB (" + bytes + " bytes)";
        }
        return bytes + " bytes";
    }

    /** A request whose body may be read up to {@code max} bytes. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;
        private BufferedReader reader;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw new BodyTooLargeException(max);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
