package org.jifen.persistence.template;

/** A village's latest version extends {@code templateId} at {@code templateVersion}. */
public record TemplateLink(String villageId, String templateId, int templateVersion, int villageVersion) {
}
