package org.jifen.api.policy.watch;

/** Published when a village saved on disk became a new active version (or was unchanged and reactivated). */
public record PolicyFilesPublished(String villageId, int version) {
}
