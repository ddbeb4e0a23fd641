package org.jifen.api.policy.draft;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of a village's draft workspace ({@code jifen.draft.*}): the size of one file in UTF-8
 * bytes (a larger PUT is a 413) and the number of files.
 */
@ConfigurationProperties("jifen.draft")
public record DraftProperties(@DefaultValue("1048576") int maxFileBytes, @DefaultValue("200") int maxFiles) {
}
