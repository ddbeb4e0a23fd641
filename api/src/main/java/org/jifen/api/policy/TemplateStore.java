package org.jifen.api.policy;

import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.template.TemplateLink;
import org.jifen.persistence.template.TemplateLinkMapper;
import org.springframework.stereotype.Component;

/**
 * Published templates and the villages that extend them. A template's versions are stored like a
 * village's, in policy_versions, under the reserved id {@code _template/<id>} (village ids never
 * start with '_'). A village is published against the template's latest version at that moment:
 * its bundle carries that version's files and records it (pinned), until it is published again.
 */
@Component
public class TemplateStore {

    /** Prefix of a template's id in policy_versions. */
    public static final String STORED_PREFIX = "_template/";

    private final PolicyVersionMapper versions;
    private final TemplateLinkMapper links;

    TemplateStore(PolicyVersionMapper versions, TemplateLinkMapper links) {
        this.versions = versions;
        this.links = links;
    }

    /** A template's files and version as published. */
    public record Published(PolicySource source, int version, String contentHash) {
    }

    public static String storedId(String templateId) {
        return STORED_PREFIX + templateId;
    }

    /** Whether an id of policy_versions is a template's, not a village's. */
    public static boolean isTemplate(String storedId) {
        return storedId.startsWith("_");
    }

    /** The template's latest version, or null when it was never published. */
    public Published latest(String templateId) {
        PolicyVersionRow row = versions.findLatest(storedId(templateId));
        return row == null ? null : new Published(new PolicySource(templateId, PolicyFiles.fromJson(row.files())),
                row.version(), row.contentHash());
    }

    /**
     * The village's own files with the latest version of the template it extends attached; just
     * its own files when it extends nothing or a template never published (validation says so).
     */
    public PolicySource attachLatest(PolicySource village) {
        PolicySource own = Templates.own(village);
        String id = Templates.extendsOf(own);
        if (id == null || !Templates.ID.matcher(id).matches()) {
            return own;
        }
        Published template = latest(id);
        return template == null ? own : Templates.attach(own, template.source(), template.version());
    }

    /** Records which template (if any) a newly stored village version extends. */
    void link(PolicySource stored, int villageVersion) {
        Templates.Lock lock = Templates.lock(stored);
        if (lock == null) {
            links.delete(stored.villageId(), villageVersion);
        } else {
            links.upsert(new TemplateLink(stored.villageId(), lock.templateId(), lock.version(), villageVersion));
        }
    }

    /** The villages whose latest version extends the template. */
    public java.util.List<TemplateLink> villagesExtending(String templateId) {
        return links.findByTemplate(templateId);
    }
}
