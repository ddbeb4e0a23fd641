package org.jifen.api.policy.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.jifen.api.policy.JifenProperties;
import org.jifen.api.policy.PolicyPublisher;
import org.jifen.api.policy.PublishCommand;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PublishProblems;
import org.jifen.api.policy.PublishRejectedException;
import org.jifen.api.policy.TemplateStore;
import org.jifen.api.policy.template.TemplatePublisher;
import org.jifen.engine.template.Templates;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.embedded.EmbeddedMariaDb;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The official's edit-save-see loop: watches {@code jifen.rules-dir} and {@code jifen.samples-dir}
 * and their village folders (also ones created later) and, {@code jifen.watch-debounce} (400 ms)
 * after a village's files stop changing, publishes {@code rules/<v>/} with the cases of
 * {@code samples/<v>/}; likewise {@code rules/_templates/<id>/} publishes the template, which
 * republishes the villages extending it (see {@link TemplateFiles}). A bundle that does not validate or whose cases fail is logged at WARN with
 * file and line, and the village keeps its last good version.
 *
 * <p>On when {@code jifen.watch-files} is true; by default exactly when the embedded database runs.
 * One daemon thread, started last and stopped first with the context.
 */
@Component
public class PolicyFileWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PolicyFileWatcher.class);

    private final PolicyPublisher publisher;
    private final PolicyRegistry registry;
    private final PolicyVersionMapper versions;
    private final ApplicationEventPublisher events;
    private final TemplateStore templateStore;
    private final TemplateFiles templateFiles;
    private final boolean enabled;
    private final long debounceMillis;
    private final Path rulesRoot;
    private final Path samplesRoot;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    /** Villages whose last save was rejected (watcher thread only). */
    private final Set<String> rejected = new HashSet<>();
    private volatile WatchService watchService;
    private volatile Thread thread;

    PolicyFileWatcher(JifenProperties properties, PolicyPublisher publisher, PolicyRegistry registry,
            PolicyVersionMapper versions, ApplicationEventPublisher events, ObjectProvider<EmbeddedMariaDb> embedded,
            TemplateStore templateStore, TemplatePublisher templatePublisher) {
        this.templateStore = templateStore;
        this.publisher = publisher;
        this.registry = registry;
        this.versions = versions;
        this.events = events;
        this.enabled = properties.watchFiles() != null ? properties.watchFiles() : embedded.getIfAvailable() != null;
        this.debounceMillis = properties.watchDebounce().toMillis();
        this.rulesRoot = Path.of(properties.rulesDir()).toAbsolutePath().normalize();
        this.samplesRoot = Path.of(properties.samplesDir()).toAbsolutePath().normalize();
        this.templateFiles = new TemplateFiles(templatePublisher, versions, rulesRoot, samplesRoot);
    }

    /** Whether this instance republishes villages saved on disk. */
    public boolean enabled() {
        return enabled;
    }

    @Override
    public synchronized void start() {
        if (!enabled || thread != null) {
            return;
        }
        try {
            watchService = FileSystems.getDefault().newWatchService();
            for (Path root : List.of(rulesRoot, samplesRoot)) {
                if (Files.isDirectory(root)) {
                    register(root);
                    for (Path dir : subdirectories(root)) {
                        register(dir);
                    }
                    subdirectories(root.resolve(Templates.FOLDER)).forEach(this::register);
                } else {
                    log.warn("policy files: {} is not a directory, not watched", root);
                }
            }
        } catch (IOException e) {
            log.warn("policy files: cannot watch {} and {}: {}", rulesRoot, samplesRoot, e.toString());
            return;
        }
        Thread t = new Thread(this::run, "jifen-policy-watch");
        t.setDaemon(true);
        thread = t;
        t.start();
        log.info("policy files: watching {} and {}; a saved village is republished", rulesRoot, samplesRoot);
    }

    @Override
    public synchronized void stop() {
        Thread t = thread;
        thread = null;
        if (t == null) {
            return;
        }
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("policy files: closing the watch service: {}", e.toString());
        }
        t.interrupt();
        try {
            t.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void run() {
        Map<String, Long> due = new HashMap<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.currentTimeMillis();
                long wait = due.isEmpty() ? 60_000 : Math.max(1, Collections.min(due.values()) - now);
                WatchKey key = watchService.poll(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
                while (key != null) {
                    handle(key, due);
                    key = watchService.poll();
                }
                now = System.currentTimeMillis();
                for (String villageId : List.copyOf(due.keySet())) {
                    if (due.get(villageId) <= now) {
                        due.remove(villageId);
                        republish(villageId);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("policy files: the watcher stopped: {}", e.toString(), e);
        }
    }

    private void handle(WatchKey key, Map<String, Long> due) {
        Path dir = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                subdirectories(rulesRoot).forEach(d -> schedule(d.getFileName().toString(), due));
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            boolean root = dir.equals(rulesRoot) || dir.equals(samplesRoot);
            boolean templates = dir.getFileName().toString().equals(Templates.FOLDER) && isRoot(dir.getParent());
            if (templates && Files.isDirectory(child)) {
                if (event.kind() == ENTRY_CREATE) {
                    register(child);
                }
                schedule(Templates.FOLDER + "/" + child.getFileName(), due);
            } else if (templates) {
                continue;
            } else if (dir.getParent() != null && dir.getParent().getFileName().toString().equals(Templates.FOLDER)
                    && isRoot(dir.getParent().getParent())) {
                schedule(Templates.FOLDER + "/" + dir.getFileName(), due);
            } else if (!root) {
                schedule(dir.getFileName().toString(), due);
            } else if (Files.isDirectory(child)) {
                if (event.kind() == ENTRY_CREATE) {
                    register(child);
                }
                schedule(child.getFileName().toString(), due);
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    private boolean isRoot(Path dir) {
        return dir != null && (dir.equals(rulesRoot) || dir.equals(samplesRoot));
    }

    private void schedule(String villageId, Map<String, Long> due) {
        if (villageId.matches("(" + Templates.FOLDER + "/)?[a-z0-9][a-z0-9-]*")) {
            due.put(villageId, System.currentTimeMillis() + debounceMillis);
        }
    }

    private void register(Path dir) {
        try {
            watched.put(dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
        } catch (IOException e) {
            log.warn("policy files: cannot watch {}: {}", dir, e.toString());
        }
    }

    /** Publishes the village's (or {@code _templates/<id>}: the template's) files unless they equal its latest version; never throws. */
    void republish(String villageId) {
        if (villageId.startsWith(Templates.FOLDER + "/")) {
            templateFiles.republish(villageId.substring(Templates.FOLDER.length() + 1));
            return;
        }
        Path rules = rulesRoot.resolve(villageId);
        if (!Files.isRegularFile(rules.resolve(PolicySource.VILLAGE_FILE))) {
            log.info("policy files: {} has no {}, nothing published", rules, PolicySource.VILLAGE_FILE);
            return;
        }
        try {
            PolicySource folder = PolicySource.read(rules, samplesRoot.resolve(villageId));
            PolicySource source = templateStore.attachLatest(folder);
            PolicyVersionRow latest = versions.findLatest(villageId);
            if (latest != null && latest.contentHash().equals(source.contentHash())) {
                if (rejected.remove(villageId)) { // back to the good files after a rejected save: say so
                    log.info("village {}: the files on disk equal version {} again", villageId, latest.version());
                }
                return;
            }
            var policy = publisher.publish(PublishCommand.folder(folder, "files", "saved on disk")).policy();
            log.info("village {}: saved on disk, policy version {} active ({} rules)", villageId, policy.version(),
                    policy.rules().size());
            rejected.remove(villageId);
            events.publishEvent(new PolicyFilesPublished(villageId, policy.version()));
        } catch (PublishRejectedException e) {
            String description = PublishProblems.describe(e);
            OptionalInt active = registry.cachedVersion(villageId);
            log.warn("village {}: the files saved on disk were not published, version {} stays active:\n{}", villageId,
                    active.isPresent() ? active.getAsInt() : "none", description);
            rejected.add(villageId);
            events.publishEvent(new PolicyFilesRejected(villageId, e.problems(), description));
        } catch (RuntimeException e) {
            log.warn("village {}: files saved on disk could not be published: {}", villageId, e.toString());
        }
    }

    private static List<Path> subdirectories(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
