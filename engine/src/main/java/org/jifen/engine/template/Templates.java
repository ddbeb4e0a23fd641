package org.jifen.engine.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.yaml.PlainYaml;

/**
 * Shared points-list templates (e.g. a county's 积分清单): {@code rules/_templates/<id>/} holds a
 * {@code template.yaml} (like village.yaml), a points list and/or DRL files; its sample cases live
 * in {@code samples/_templates/<id>/}. A village that says {@code extends: <id>} carries the template
 * version it was published against inside its own bundle, as the {@code _template.*} files.
 */
public final class Templates {

    /** The folder under {@code rules/} (and {@code samples/}) that holds templates; never a village id. */
    public static final String FOLDER = "_templates";
    public static final String TEMPLATE_FILE = "template.yaml";
    /** Prefix of the template's files inside a village bundle. */
    public static final String PREFIX = "_template.";
    public static final String ATTACHED_YAML = PREFIX + "yaml";
    public static final String ATTACHED_LIST = PREFIX + PolicySource.POINTS_LIST_FILE;
    /** Inside a village bundle: {@code <template-id>@<version>} of the attached template. */
    public static final String LOCK_FILE = PREFIX + "lock";
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");

    private Templates() {
    }

    /** The template a village.yaml extends, or null; a value that is not a string is returned as written. */
    public static String extendsOf(String villageYaml) {
        if (villageYaml == null) {
            return null;
        }
        try {
            return PlainYaml.load(villageYaml) instanceof Map<?, ?> map && map.get("extends") != null
                    ? String.valueOf(map.get("extends")).strip() : null;
        } catch (PlainYaml.YamlError e) {
            return null;
        }
    }

    /** The template a bundle extends, or null. */
    public static String extendsOf(PolicySource village) {
        return extendsOf(village.files().get(PolicySource.VILLAGE_FILE));
    }

    /** {@code village} with {@code template}'s policy files attached (any earlier ones replaced) and the lock recorded. */
    public static PolicySource attach(PolicySource village, PolicySource template, int templateVersion) {
        SortedMap<String, String> files = own(village).files();
        template.files().forEach((name, text) -> {
            if (name.equals(TEMPLATE_FILE) || name.equals(PolicySource.VILLAGE_FILE)) {
                files.put(ATTACHED_YAML, text);
            } else if (name.equals(PolicySource.POINTS_LIST_FILE) || name.endsWith(".drl")) {
                files.put(PREFIX + name, text);
            }
        });
        files.put(LOCK_FILE, template.villageId() + "@" + templateVersion + "\n");
        return new PolicySource(village.villageId(), files);
    }

    /** The village's own files: the bundle without any attached template. */
    public static PolicySource own(PolicySource village) {
        SortedMap<String, String> files = new TreeMap<>();
        village.files().forEach((name, text) -> {
            if (!name.startsWith(PREFIX)) {
                files.put(name, text);
            }
        });
        return new PolicySource(village.villageId(), files);
    }

    /** The attached template's id and version from the lock, or null. */
    public static Lock lock(PolicySource village) {
        String lock = village.files().get(LOCK_FILE);
        if (lock == null || !lock.strip().contains("@")) {
            return null;
        }
        String[] parts = lock.strip().split("@", 2);
        try {
            return new Lock(parts[0], Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A template id and version. */
    public record Lock(String templateId, int version) {
    }

    /** A template compiled on its own, for its cases: its template.yaml serves as village.yaml. */
    public static PolicySource asVillage(PolicySource template) {
        SortedMap<String, String> files = new TreeMap<>(template.files());
        String yaml = files.remove(TEMPLATE_FILE);
        if (yaml != null) {
            files.put(PolicySource.VILLAGE_FILE, yaml);
        }
        return new PolicySource(template.villageId(), files);
    }

    /** Reads {@code rules/_templates/<id>/} and, when given, its sample cases. */
    public static PolicySource read(Path templateDir, Path samplesDir) {
        SortedMap<String, String> files = new TreeMap<>();
        readInto(files, templateDir, n -> n.equals(TEMPLATE_FILE) || n.equals(PolicySource.POINTS_LIST_FILE)
                || n.endsWith(".drl"));
        if (samplesDir != null && Files.isDirectory(samplesDir)) {
            readInto(files, samplesDir, PolicySource::isCaseFile);
        }
        return new PolicySource(templateDir.getFileName().toString(), files);
    }

    /** The template folders under {@code rules/_templates}, sorted; none when it does not exist. */
    public static List<Path> templateDirs(Path rules) {
        Path folder = rules.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(folder)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(TEMPLATE_FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bundle with its template attached from {@code rules/_templates/<id>/} (version 0: read from
     * files, not published); unchanged when it extends nothing or that folder does not exist.
     */
    public static PolicySource resolveFromFolder(PolicySource village, Path rules) {
        String id = extendsOf(village);
        if (id == null || !ID.matcher(id).matches()) {
            return village;
        }
        Path dir = rules.resolve(FOLDER).resolve(id);
        if (!Files.isRegularFile(dir.resolve(TEMPLATE_FILE))) {
            return village;
        }
        return attach(village, read(dir, null), 0);
    }

    private static void readInto(SortedMap<String, String> files, Path dir, java.util.function.Predicate<String> wanted) {
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : paths.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && wanted.test(name)) {
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
