package org.jifen.api.policy.template;

import java.util.List;
import java.util.SortedMap;
import org.jifen.persistence.template.TemplateLink;

/** A template's latest version with its files, and the villages extending it at which template version. */
public record TemplateView(String templateId, int version, String contentHash, SortedMap<String, String> files,
        List<TemplateLink> villages) {
}
