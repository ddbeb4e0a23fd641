package org.jifen.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The real {@code jifen.jar} as a child process on a database the test runs (so killing the
 * service never touches the database). {@link #kill()} is {@code kill -9} of the PID it started.
 */
final class ServiceProcess implements AutoCloseable {

    static final String ADMIN_KEY = "faults-admin-key-0123456789abcdef";

    private final String name;
    private final String jdbcUrl;
    private final int port;
    private final Path workDir;
    private final List<String> jvmArgs;
    private final List<String> extraArgs;
    private Process process;
    private int starts;

    private ServiceProcess(String name, String jdbcUrl, Path workDir, List<String> jvmArgs, List<String> extraArgs) {
        this.name = name;
        this.jvmArgs = jvmArgs;
        this.jdbcUrl = jdbcUrl;
        this.port = freePort();
        this.workDir = workDir;
        this.extraArgs = extraArgs;
    }

    /** Starts the service (a small heap, quick to start) and waits until it is ready. */
    static ServiceProcess start(String name, String jdbcUrl, Path workDir, String... extraArgs) {
        return start(name, jdbcUrl, workDir, List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                extraArgs);
    }

    /** Starts the service with these JVM options and waits until it is ready. */
    static ServiceProcess start(String name, String jdbcUrl, Path workDir, List<String> jvmArgs, String... extraArgs) {
        ServiceProcess service = new ServiceProcess(name, jdbcUrl, workDir, jvmArgs, List.of(extraArgs));
        service.launch();
        return service;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Http http() {
        return new Http(port);
    }

    /** {@code kill -9}: destroyForcibly of the process this test started, then waits for it to be gone. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Starts it again on the same port and database, and waits until it is ready. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
    }

    private void launch() {
        starts++;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", FaultSettings.jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--jifen.admin-key=" + ADMIN_KEY,
                "--jifen.rules-dir=" + FaultSettings.rulesDir(),
                "--jifen.samples-dir=" + FaultSettings.samplesDir(),
                "--jifen.watch-files=false"));
        command.addAll(extraArgs);
        Path log = workDir.resolve(name + "-" + starts + ".log");
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        Http http = http();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (http.readiness() == 200) {
                return;
            }
            Http.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " was not ready within 240 s; see " + log);
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops it gracefully (SIGTERM), forcibly after 30 s. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
