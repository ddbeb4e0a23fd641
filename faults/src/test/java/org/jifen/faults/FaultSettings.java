package org.jifen.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Settings of the fault tests from system properties: CI sizes by default, full sizes on request (docs/faults.md). */
final class FaultSettings {

    private FaultSettings() {
    }

    /** The service jar, {@code api/target/jifen.jar}. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("jifen.faults.jar", "../api/target/jifen.jar")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the api module first (mvn -B verify does)");
        }
        return jar;
    }

    /** A fresh working directory for one test: logs, database files, acknowledgement logs. */
    static Path workDir(String name) {
        Path dir = Path.of(System.getProperty("jifen.faults.work", "target/faults")).toAbsolutePath().normalize()
                .resolve(name);
        try {
            if (Files.exists(dir)) {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test villages' rules ({@code faults} and its twin {@code faults-clean}), from test resources. */
    static Path rulesDir() {
        return resource("/villages");
    }

    /** Their sample cases, which also document the caps the checks expect. */
    static Path samplesDir() {
        return resource("/samples");
    }

    private static Path resource(String name) {
        try {
            return Path.of(FaultSettings.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int integer(String name, int ciDefault) {
        return Integer.getInteger("jifen.faults." + name, ciDefault);
    }

    static long seed() {
        return Long.getLong("jifen.faults.seed", System.nanoTime());
    }
}
