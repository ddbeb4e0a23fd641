package org.jifen.api.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SortedMap;
import java.util.TreeMap;

/** A policy version's files as stored: one JSON object, file name to content. */
public final class PolicyFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyFiles() {
    }

    public static String toJson(SortedMap<String, String> files) {
        try {
            return JSON.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SortedMap<String, String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy files are not valid JSON", e);
        }
    }
}
