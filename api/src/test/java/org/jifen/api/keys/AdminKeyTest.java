package org.jifen.api.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** The bootstrap administrator key: configured, or generated once into an owner-only file. */
@ExtendWith(OutputCaptureExtension.class)
class AdminKeyTest {

    private static final Pattern PRINTED = Pattern.compile("(jf_admin_[A-Za-z0-9_-]{43})");

    @TempDir
    Path dir;

    @Test
    void withoutAConfiguredKeyOneIsGeneratedPrintedOnceAndKeptOwnerOnly(CapturedOutput logs) throws Exception {
        Path file = dir.resolve("data").resolve("admin.key");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        AdminKey first = AdminKey.bootstrap(null, file, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(first.source()).isEqualTo(AdminKey.Source.GENERATED);
        String printed = console.toString(StandardCharsets.UTF_8);
        Matcher matcher = PRINTED.matcher(printed);
        assertThat(matcher.find()).as(printed).isTrue();
        String key = matcher.group(1);
        assertThat(matcher.find()).as("printed once").isFalse();
        assertThat(Files.readString(file).strip()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
        assertThat(first.matches(key)).isTrue();
        assertThat(first.matches(key + "x")).isFalse();
        assertThat(logs.getAll()).as("the key is never logged").doesNotContain(key).contains(file.toString());

        // the next start uses the kept key and prints nothing
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        AdminKey second = AdminKey.bootstrap("", file, new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(second.source()).isEqualTo(AdminKey.Source.FILE);
        assertThat(second.matches(key)).isTrue();
        assertThat(again.size()).isZero();
        assertThat(logs.getAll()).doesNotContain(key);
    }

    @Test
    void aKeptFileReadableByOthersIsMadeOwnerOnly() throws Exception {
        Path file = dir.resolve("admin.key");
        Files.writeString(file, "jf_admin_kept-key-0123456789\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AdminKey key = AdminKey.bootstrap(null, file, new PrintStream(new ByteArrayOutputStream()));
        assertThat(key.matches("jf_admin_kept-key-0123456789")).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aConfiguredKeyWinsAndWritesNoFile(CapturedOutput logs) {
        Path file = dir.resolve("admin.key");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        AdminKey key = AdminKey.bootstrap("  my-own-admin-key-of-some-length  ", file, new PrintStream(console));
        assertThat(key.source()).isEqualTo(AdminKey.Source.CONFIGURED);
        assertThat(key.matches("my-own-admin-key-of-some-length")).isTrue();
        assertThat(key.matches("my-own-admin-key-of-some-lengtH")).isFalse();
        assertThat(Files.exists(file)).isFalse();
        assertThat(console.size()).isZero();
        assertThat(logs.getAll()).doesNotContain("my-own-admin-key");
        assertThat(key.toString()).doesNotContain("my-own");
    }

    @Test
    void theKeyFileSitsBesideTheEmbeddedDataDirectory() {
        assertThat(KeyConfiguration.keyFile(new MockEnvironment()))
                .isEqualTo(Path.of("data", "admin.key").toAbsolutePath().normalize());
        assertThat(KeyConfiguration.keyFile(new MockEnvironment().withProperty("jifen.embedded.data-dir", "/srv/jifen/db")))
                .isEqualTo(Path.of("/srv/jifen/admin.key"));
        assertThat(KeyConfiguration.keyFile(new MockEnvironment().withProperty("jifen.admin-key-file", "/etc/jifen/key")))
                .isEqualTo(Path.of("/etc/jifen/key"));
    }

    @Test
    void generatedKeysCarryTheirIdAndParseBack() {
        ApiKeyFormat.Generated generated = ApiKeyFormat.generate();
        assertThat(generated.key()).matches("jf_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
        assertThat(ApiKeyFormat.keyIdOf(generated.key())).hasValue(generated.keyId());
        assertThat(generated.toString()).doesNotContain(generated.key());
        assertThat(ApiKeyFormat.keyIdOf("jf_short_x")).isEmpty();
        assertThat(ApiKeyFormat.keyIdOf("jf_abcdefghijkl_")).isEmpty();
        assertThat(ApiKeyFormat.keyIdOf("test-admin-key")).isEmpty();
        assertThat(ApiKeyFormat.keyIdOf("jf_ABCDEFGHIJKL_secret")).isEmpty();
        assertThat(ApiKeyFormat.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
