package org.jifen.api.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a client may send ({@code jifen.input.*}). A body over {@code maxBodySize} is a
 * 413 (draft files have their own, smaller limit, {@code jifen.draft.max-file-bytes}); JSON beyond
 * the read limits is a 400 (a document over {@code json.maxDocumentLength} a 413).
 *
 * @param maxBodySize the largest request body, declared (Content-Length) or streamed (chunked)
 * @param json limits of the JSON reader
 */
@ConfigurationProperties("jifen.input")
public record InputLimits(
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue Json json) {

    /**
     * Jackson's {@code StreamReadConstraints} for request bodies.
     *
     * @param maxNestingDepth arrays and objects inside each other
     * @param maxStringLength characters of one string value
     * @param maxNameLength characters of one field name
     * @param maxNumberLength digits of one number
     * @param maxDocumentLength bytes of one document
     */
    public record Json(
            @DefaultValue("64") int maxNestingDepth,
            @DefaultValue("100000") int maxStringLength,
            @DefaultValue("1000") int maxNameLength,
            @DefaultValue("100") int maxNumberLength,
            @DefaultValue("2MB") DataSize maxDocumentLength) {
    }
}
