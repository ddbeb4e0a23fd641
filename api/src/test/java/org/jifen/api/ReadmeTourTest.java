package org.jifen.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the README's tour, as written, with bash and curl against the real service on its embedded
 * database, started as the README's first command starts it: the sample villages, no
 * {@code JIFEN_ADMIN_KEY} (unless the environment sets one), so the key is generated into
 * {@code data/admin.key} of the directory the tour runs in. Only the port differs. Every command
 * must succeed (curl {@code --fail-with-body}), and each {@code # →} line's pieces (split at
 * {@code …}) must appear, in order, in what the commands since the previous {@code # →} printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.embedded.data-dir=", "jifen.rules-dir=../rules", "jifen.samples-dir=../samples",
                "jifen.admin-key=", "jifen.watch-files=false"})
class ReadmeTourTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final String EXPECT = "# → ";
    private static final String MARK = "@@tour-check@@";
    private static final Path HOME = temporaryDirectory();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void keyFile(DynamicPropertyRegistry registry) {
        registry.add("jifen.admin-key-file", () -> HOME.resolve("data").resolve("admin.key").toString());
    }

    @Test
    void theTourRunsAsWritten() throws Exception {
        List<String> lines = tourLines(Files.readString(README, StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>();
        StringBuilder script = new StringBuilder("set -euo pipefail\n"
                + "curl() { command curl -sS --fail-with-body \"$@\"; echo; }\n");
        for (String line : lines) {
            if (line.startsWith(EXPECT)) {
                expected.add(line.substring(EXPECT.length()).strip());
                script.append("echo ").append(MARK).append('\n');
            } else {
                script.append(line.replace("http://localhost:8080", "http://localhost:" + port)).append('\n');
            }
        }
        assertThat(expected).as("the tour's # → lines").hasSizeGreaterThanOrEqualTo(8);
        assertThat(lines.stream().filter(l -> l.startsWith("curl "))).as("the tour's commands")
                .hasSizeBetween(8, 16);

        Path file = HOME.resolve("tour.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", file.toString()).directory(HOME.toFile())
                .redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as("the tour's exit status; it printed:\n" + output).isZero();

        String[] chunks = output.split(Pattern.quote(MARK) + "\\n", -1);
        assertThat(chunks.length - 1).as("checks reached; output:\n" + output).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertPiecesInOrder(expected.get(i), chunks[i]);
        }
    }

    /** The lines of the bash blocks of the README's "## Tour" section. */
    static List<String> tourLines(String readme) {
        int start = readme.indexOf("\n## Tour\n");
        assertThat(start).as("README has a ## Tour section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<String> lines = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(section);
        while (block.find()) {
            lines.addAll(block.group(1).lines().toList());
        }
        assertThat(lines).as("the tour's bash block").isNotEmpty();
        return lines;
    }

    private static void assertPiecesInOrder(String expected, String printed) {
        int from = 0;
        for (String piece : expected.split("…")) {
            int at = printed.indexOf(piece, from);
            assertThat(at).as("README expects «" + expected + "»; piece «" + piece + "» not found in order in:\n"
                    + printed).isNotNegative();
            from = at + piece.length();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("jifen-readme-tour");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
