package org.jifen.api.policy.simulate;

import java.util.Optional;
import org.jifen.api.policy.draft.DraftService;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.draft.DraftMapper;
import org.springframework.stereotype.Component;

/**
 * The draft bundle as {@link DraftService} assembles it, but only when the village already has a
 * draft: {@code DraftService.source} would otherwise start one (a write), and a simulation writes
 * nothing. A village without a draft files has, by the draft workspace's rule, a draft equal to
 * its live policy.
 */
@Component
class DraftServiceBundles implements DraftBundles {

    private final DraftMapper drafts;
    private final DraftService service;

    DraftServiceBundles(DraftMapper drafts, DraftService service) {
        this.drafts = drafts;
        this.service = service;
    }

    @Override
    public Optional<PolicySource> draft(String villageId) {
        if (drafts.count(villageId) == 0) {
            return Optional.empty();
        }
        return Optional.of(service.source(villageId));
    }
}
