package org.jifen.api.keys;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bootstrap administrator's key. {@code JIFEN_ADMIN_KEY} (property {@code jifen.admin-key})
 * when set; else the key kept in the key file ({@code jifen.admin-key-file}, by default
 * {@code admin.key} next to the embedded database's data directory, so {@code ./data/admin.key});
 * else a new random key, printed once to the console and written to that file, readable and
 * writable by its owner only. Only the key's SHA-256 is kept in memory, and the key is never logged.
 */
public final class AdminKey {

    private static final Logger log = LoggerFactory.getLogger(AdminKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** Where the key came from. */
    public enum Source { CONFIGURED, FILE, GENERATED }

    private final byte[] hash;
    private final Source source;
    private final Path file;

    private AdminKey(String key, Source source, Path file) {
        this.hash = ApiKeyFormat.sha256(key);
        this.source = source;
        this.file = file;
    }

    /**
     * The administrator key: {@code configured} when not blank; else the one in {@code file}; else
     * a new one, written to {@code file} (owner-only) and printed once on {@code console}.
     */
    public static AdminKey bootstrap(String configured, Path file, PrintStream console) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < 16) {
                log.warn("JIFEN_ADMIN_KEY is shorter than 16 characters; use a long random key");
            }
            return new AdminKey(configured.strip(), Source.CONFIGURED, null);
        }
        Path path = file.toAbsolutePath().normalize();
        try {
            if (Files.isRegularFile(path)) {
                String kept = Files.readString(path, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    restrict(path);
                    log.info("administrator key: the one kept in {} (set JIFEN_ADMIN_KEY to use your own)", path);
                    return new AdminKey(kept, Source.FILE, path);
                }
            }
            String key = "jf_admin_" + ApiKeyFormat.secret();
            write(path, key);
            console.println();
            console.println("================================================================================");
            console.println(" Jifen: JIFEN_ADMIN_KEY is not set, so an administrator key was generated:");
            console.println();
            console.println("     " + key);
            console.println();
            console.println(" It is shown only this once. It is kept in " + path + " (readable by its owner only).");
            console.println(" Send it in the X-Api-Key header; set JIFEN_ADMIN_KEY to choose your own.");
            console.println("================================================================================");
            console.println();
            console.flush();
            log.warn("JIFEN_ADMIN_KEY is not set: generated an administrator key, printed once on the console "
                    + "and kept in {} (owner-only)", path);
            return new AdminKey(key, Source.GENERATED, path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the administrator key file " + path
                    + "; set JIFEN_ADMIN_KEY or jifen.admin-key-file", e);
        }
    }

    /** Whether {@code presented} is the administrator key (hashes compared in constant time). */
    public boolean matches(String presented) {
        return ApiKeyFormat.matches(presented, hash);
    }

    public Source source() {
        return source;
    }

    /** The key file, or null for a configured key. */
    public Path file() {
        return file;
    }

    /** Writes the key to a new owner-only file beside {@code path}, then moves it into place. */
    private static void write(Path path, String key) throws IOException {
        Path dir = path.getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix ? Files.createTempFile(dir, ".admin-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(dir, ".admin-key", ".tmp");
        try {
            if (!posix) {
                var f = temp.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setExecutable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Files.writeString(temp, key + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes a kept key file owner-only again if someone widened it. */
    private static void restrict(Path path) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && !Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
            log.warn("{} was readable by others; made it owner-only", path);
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }

    @Override
    public String toString() {
        return "AdminKey[" + source + "]";
    }
}
