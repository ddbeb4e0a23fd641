package org.jifen.api.policy.publish;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDateTime;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.policy.PublishCommand;
import org.jifen.api.policy.draft.DraftService;
import org.jifen.api.policy.draft.PublishRequest;
import org.jifen.api.policy.version.VersionService;
import org.jifen.api.policy.version.VersionView;
import org.jifen.persistence.village.VillageRow;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes a village's draft through the gate: 201 with the new version when it validates and every
 * case passes, 200 with the live version when the content is already live, else 422 with the
 * problems and failing cases. It joins the draft and the versions, so neither imports the other.
 */
@RestController
@RequestMapping("/api/v1/villages/{village}/policy/draft")
class DraftPublishController {

    private final DraftService drafts;
    private final VersionService versions;

    DraftPublishController(DraftService drafts, VersionService versions) {
        this.drafts = drafts;
        this.versions = versions;
    }

    @PostMapping("/publish")
    ResponseEntity<VersionView> publish(@PathVariable String village, @Valid @RequestBody PublishRequest request) {
        VillageRow row = drafts.village(village);
        LocalDateTime effectiveFrom = PolicyTimes.read("effectiveFrom", request.effectiveFrom(),
                PolicyTimes.zone(row.timezone()));
        VersionView view = versions.publish(new PublishCommand(drafts.source(village), request.author(),
                blankToNull(request.comment()), effectiveFrom, PublishCommand.Origin.DRAFT, null), null);
        if (Boolean.TRUE.equals(view.unchanged())) {
            return ResponseEntity.ok(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/villages/" + village + "/policy/versions/" + view.version()))
                .body(view);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
