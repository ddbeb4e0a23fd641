package org.jifen.api.policy.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jifen.api.policy.PublishProblems;
import org.jifen.api.policy.PublishRejectedException;
import org.jifen.api.policy.TemplateStore;
import org.jifen.api.policy.template.TemplatePublication;
import org.jifen.api.policy.template.TemplatePublisher;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes a template folder saved on disk ({@code rules/_templates/<id>/} with {@code samples/_templates/<id>/}). */
final class TemplateFiles {

    private static final Logger log = LoggerFactory.getLogger(TemplateFiles.class);

    private final TemplatePublisher publisher;
    private final PolicyVersionMapper versions;
    private final Path rulesRoot;
    private final Path samplesRoot;

    TemplateFiles(TemplatePublisher publisher, PolicyVersionMapper versions, Path rulesRoot, Path samplesRoot) {
        this.publisher = publisher;
        this.versions = versions;
        this.rulesRoot = rulesRoot;
        this.samplesRoot = samplesRoot;
    }

    /** Publishes the template unless its files equal its latest version; logs what it did; never throws. */
    void republish(String templateId) {
        Path dir = rulesRoot.resolve(Templates.FOLDER).resolve(templateId);
        if (!Files.isRegularFile(dir.resolve(Templates.TEMPLATE_FILE))) {
            log.info("policy files: {} has no {}, nothing published", dir, Templates.TEMPLATE_FILE);
            return;
        }
        try {
            PolicySource source = Templates.read(dir, samplesRoot.resolve(Templates.FOLDER).resolve(templateId));
            PolicyVersionRow latest = versions.findLatest(TemplateStore.storedId(templateId));
            if (latest != null && latest.contentHash().equals(source.contentHash())) {
                return;
            }
            report(publisher.publish(source, "files", "saved on disk"));
        } catch (PublishRejectedException e) {
            log.warn("template {}: the files saved on disk were not published, villages keep their versions:\n{}",
                    templateId, PublishProblems.describe(e));
        } catch (RuntimeException e) {
            log.warn("template {}: files saved on disk could not be published: {}", templateId, e.toString());
        }
    }

    /** Logs a template publication: its version, the villages updated, and each broken village with its problems. */
    static void report(TemplatePublication publication) {
        log.info("template {}: version {} published; villages updated: {}; villages broken: {}",
                publication.templateId(), publication.version(),
                publication.villagesUpdated().stream().map(u -> u.villageId() + "@" + u.version()).toList(),
                publication.villagesBroken().stream().map(TemplatePublication.Broken::villageId).toList());
        publication.villagesBroken().forEach(b -> log.warn("template {}: village {} keeps version {}: {} {}",
                publication.templateId(), b.villageId(), b.keptVersion(), b.problems(), b.failedCases()));
    }
}
