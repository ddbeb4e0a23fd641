package org.jifen.api.policy.version;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A village's published policy: the version in effect, the history, one version, diffs, restore. */
@RestController
@RequestMapping("/api/v1/villages/{village}/policy")
class VersionController {

    private final VersionService versions;

    VersionController(VersionService versions) {
        this.versions = versions;
    }

    @GetMapping
    VersionView active(@PathVariable String village) {
        return versions.active(village);
    }

    @GetMapping("/versions")
    VersionList list(@PathVariable String village) {
        return versions.list(village);
    }

    @GetMapping("/versions/{version}")
    VersionView version(@PathVariable String village, @PathVariable int version) {
        return versions.version(village, version, true);
    }

    @GetMapping("/versions/{from}/diff/{to}")
    PolicyDiff diff(@PathVariable String village, @PathVariable int from, @PathVariable int to) {
        return versions.diff(village, from, to);
    }

    /** A rollback: version {@code version}'s files published again as a new version (201), or 200 when already live. */
    @PostMapping("/versions/{version}/restore")
    ResponseEntity<VersionView> restore(@PathVariable String village, @PathVariable int version,
            @Valid @RequestBody RestoreRequest request) {
        VersionView restored = versions.restore(village, version, request.author(), request.comment());
        return published(village, restored);
    }

    /** 201 with the new version's location, or 200 when nothing new was stored. */
    static ResponseEntity<VersionView> published(String village, VersionView view) {
        if (Boolean.TRUE.equals(view.unchanged())) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/villages/" + village + "/policy/versions/" + view.version()))
                .body(view);
    }
}
