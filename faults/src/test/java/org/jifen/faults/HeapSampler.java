package org.jifen.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Heap and metaspace of a JVM after a full GC: {@code jcmd <pid> GC.run}, then {@code jstat -gc <pid>}.
 * The heap figure is the old generation: a full GC leaves every live object there, while eden
 * fills again under load in the second {@code jstat} takes to start.
 */
final class HeapSampler {

    /** One sample: seconds since the start, heap used after GC and metaspace used, in MB. */
    record Sample(long seconds, double heapMb, double metaspaceMb) {
    }

    private final long pid;

    HeapSampler(long pid) {
        this.pid = pid;
    }

    Sample sample(long seconds) {
        run("jcmd", Long.toString(pid), "GC.run");
        String[] lines = run("jstat", "-gc", Long.toString(pid)).strip().split("\n");
        List<String> names = Arrays.asList(lines[0].trim().split("\\s+"));
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        double heapKb = Double.parseDouble(values[names.indexOf("OU")]);
        double metaKb = Double.parseDouble(values[names.indexOf("MU")]);
        return new Sample(seconds, heapKb / 1024, metaKb / 1024);
    }

    private static String run(String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(tool + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
