package org.jifen.engine.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of one village's policy bundle: {@code village.yaml}, DRL files, an optional points
 * list, and its sample-case files (any other {@code .yaml}). A binary file ({@code points-list.xlsx})
 * is held as the base64 of its bytes; {@link #bytes} decodes it.
 */
public record PolicySource(String villageId, SortedMap<String, String> files) {

    public static final String VILLAGE_FILE = "village.yaml";
    public static final String POINTS_LIST_FILE = "points-list.csv";
    public static final String POINTS_LIST_XLSX = "points-list.xlsx";

    public PolicySource {
        files = new TreeMap<>(files);
    }

    public PolicySource(String villageId, Map<String, String> files) {
        this(villageId, new TreeMap<>(files));
    }

    /** Reads the policy files of {@code rules/<village>/}: village.yaml, *.drl and points-list.csv. */
    public static PolicySource read(Path villageDir) {
        SortedMap<String, String> files = new TreeMap<>();
        readInto(files, villageDir, PolicySource::isPolicyFile);
        return new PolicySource(villageDir.getFileName().toString(), files);
    }

    /** Reads a whole bundle: {@code rules/<village>/} and the case files of {@code samples/<village>/}. */
    public static PolicySource read(Path villageDir, Path samplesDir) {
        SortedMap<String, String> files = new TreeMap<>();
        readInto(files, villageDir, PolicySource::isPolicyFile);
        if (Files.isDirectory(samplesDir)) {
            readInto(files, samplesDir, PolicySource::isCaseFile);
        }
        return new PolicySource(villageDir.getFileName().toString(), files);
    }

    private static void readInto(SortedMap<String, String> files, Path dir, java.util.function.Predicate<String> wanted) {
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && wanted.test(name)) {
                    files.put(name, isBinaryFile(name) ? java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(path))
                            : Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The village folders under {@code rules}: those with a village.yaml, not starting with '_', sorted. */
    public static java.util.List<Path> villageDirs(Path rules) {
        try (Stream<Path> dirs = Files.list(rules)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(VILLAGE_FILE)))
                    .filter(d -> !d.getFileName().toString().startsWith("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the compiler reads: village.yaml, points-list.csv, points-list.xlsx or a .drl file. */
    public static boolean isPolicyFile(String name) {
        return name.equals(VILLAGE_FILE) || name.equals(POINTS_LIST_FILE) || name.equals(POINTS_LIST_XLSX)
                || name.endsWith(".drl");
    }

    /** A file held as base64 of its bytes: points-list.xlsx. */
    public static boolean isBinaryFile(String name) {
        return name.equals(POINTS_LIST_XLSX);
    }

    /** The bytes of a binary file (base64-decoded); IllegalArgumentException when it is not base64. */
    public byte[] bytes(String name) {
        String text = files.get(name);
        return text == null ? null : java.util.Base64.getMimeDecoder().decode(text);
    }

    /** A sample-case file: any .yaml or .yml but village.yaml, template.yaml and an attached template's files. */
    public static boolean isCaseFile(String name) {
        return !name.equals(VILLAGE_FILE) && !name.equals("template.yaml") && !name.startsWith("_template.")
                && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** The bundle's sample-case files by name. */
    public SortedMap<String, String> caseFiles() {
        SortedMap<String, String> cases = new TreeMap<>();
        files.forEach((name, text) -> {
            if (isCaseFile(name)) {
                cases.put(name, text);
            }
        });
        return cases;
    }

    /** SHA-256 over the file names and contents, in name order. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
