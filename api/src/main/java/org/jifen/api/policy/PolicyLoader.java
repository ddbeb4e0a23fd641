package org.jifen.api.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jifen.api.policy.template.TemplatePublication;
import org.jifen.api.policy.template.TemplatePublisher;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.template.Templates;
import org.springframework.beans.factory.ObjectProvider;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.policy.PolicyFolder;
import org.jifen.persistence.policy.PolicyFolderMapper;
import org.jifen.persistence.policy.PolicyVersionHeader;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, before serving: publishes every template folder {@code rules/_templates/<id>/} (which
 * republishes the stored villages extending it), then every {@code rules/<village>/} (with the cases of
 * {@code samples/<village>/}) whose content differs from the one last imported from that folder (so a
 * version published through the API or the console since is not replaced by an unchanged folder), and warms the policy cache with the version in
 * effect of the other villages, up to the cache's bound (the rest compile on first use). A folder
 * that does not compile or whose cases fail is logged with file and line, and the village keeps
 * its last good version.
 */
@Component
class PolicyLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PolicyLoader.class);

    private final JifenProperties properties;
    private final PolicyPublisher publisher;
    private final PolicyVersionMapper versions;
    private final PolicyRegistry registry;
    private final ObjectProvider<TemplatePublisher> templates;
    private final PolicyFolderMapper folders;

    PolicyLoader(JifenProperties properties, PolicyPublisher publisher, PolicyVersionMapper versions,
            PolicyRegistry registry, ObjectProvider<TemplatePublisher> templates, PolicyFolderMapper folders) {
        this.folders = folders;
        this.templates = templates;
        this.properties = properties;
        this.publisher = publisher;
        this.versions = versions;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Path rules = Path.of(properties.rulesDir());
        if (properties.loadRulesOnStart() && Files.isDirectory(rules)) {
            for (Path dir : Templates.templateDirs(rules)) {
                loadTemplate(dir, Path.of(properties.samplesDir()).resolve(Templates.FOLDER).resolve(dir.getFileName()));
            }
            for (Path dir : PolicySource.villageDirs(rules)) {
                loadFolder(dir, Path.of(properties.samplesDir()).resolve(dir.getFileName()));
            }
        }
        for (PolicyVersionHeader header : versions.findLatestHeaders()) {
            if (registry.size() >= registry.maxVillages()) {
                break; // the others compile on first use
            }
            if (!TemplateStore.isTemplate(header.villageId()) && registry.cachedVersion(header.villageId()).isEmpty()) {
                activateStored(header.villageId());
            }
        }
    }

    /**
     * Imports {@code rules/<village>/} unless its content is the one last imported from it (recorded
     * in {@link PolicyFolderMapper}): an unchanged folder never replaces a version published since
     * through the API or the console; only a real edit of the folder is imported.
     */
    private void loadFolder(Path dir, Path samples) {
        PolicySource source = PolicySource.read(dir, samples);
        String village = source.villageId();
        PolicyFolder last = folders.find(village);
        if (last != null && last.contentHash().equals(source.contentHash())) {
            if (last.supersededBy() != null) {
                log.warn("village {}: rules/{} is unchanged since it became version {}; version {}, published through "
                        + "the API or the console, supersedes it and stays in effect. The folder is imported again "
                        + "only once it is edited.", village, village, last.version(), last.supersededBy());
            } else {
                log.info("village {}: rules/{} is unchanged since it became version {}", village, village, last.version());
            }
            return;
        }
        try {
            var publication = publisher.publish(PublishCommand.folder(source, "rules/" + village, "启动时从规则目录载入（" + dir + "）"));
            log.info("village {}: rules/{} imported, policy version {} active{}", village, village,
                    publication.version(), publication.created() ? "" : " (the same content as that version)");
        } catch (PublishRejectedException e) {
            log.error("village {}: rules/{} was not published, keeping the last good version: {}\n{}", village,
                    village, e.getMessage(), PublishProblems.describe(e));
        }
    }

    private void loadTemplate(Path dir, Path samples) {
        PolicySource source = Templates.read(dir, samples);
        try {
            TemplatePublication publication = templates.getObject().publish(source, "rules/" + Templates.FOLDER + "/"
                    + source.villageId(), "启动时从规则目录载入（" + dir + "）");
            log.info("template {}: version {} active; villages updated: {}; villages broken: {}", source.villageId(),
                    publication.version(), publication.villagesUpdated().size(), publication.villagesBroken().stream()
                    .map(b -> b.villageId() + " (keeps version " + b.keptVersion() + ")").toList());
        } catch (PublishRejectedException e) {
            log.error("template {}: rules/{}/{} was not published, keeping the last good version: {}\n{}",
                    source.villageId(), Templates.FOLDER, source.villageId(), e.getMessage(), PublishProblems.describe(e));
        }
    }

    private void activateStored(String villageId) {
        try {
            publisher.activateLatestStored(villageId);
        } catch (PolicyException e) {
            log.error("village {}: stored policy no longer compiles:\n{}", villageId, e.getMessage());
        }
    }
}
