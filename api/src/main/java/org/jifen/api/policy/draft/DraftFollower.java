package org.jifen.api.policy.draft;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jifen.api.policy.PolicyPublished;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.draft.DraftFileRow;
import org.jifen.persistence.draft.DraftMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts follow publishes ({@link PolicyPublished}): a draft holding exactly the published content is
 * discarded, and so is one without edits of its own (the content of the version live before), so the
 * next edit starts from the new version; a draft with edits is kept.
 */
@Component
class DraftFollower {

    private final DraftMapper drafts;
    private final TransactionTemplate transactions;

    DraftFollower(DraftMapper drafts, PlatformTransactionManager transactionManager) {
        this.drafts = drafts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void published(PolicyPublished published) {
        if (published.template()) {
            return;
        }
        discardIf(published.villageId(), published.contentHash());
        discardIf(published.villageId(), published.command().source().contentHash());
        if (published.created() && published.policy() != null && published.previousHash() != null) {
            discardIf(published.villageId(), published.previousHash());
        }
    }

    /**
     * Discards the draft when its content hash is {@code contentHash} (it holds nothing that is not
     * in that version); a draft edited meanwhile is kept. True when it was discarded.
     */
    boolean discardIf(String villageId, String contentHash) {
        Boolean discarded = transactions.execute(status -> {
            List<DraftFileRow> rows = drafts.lockAll(villageId);
            if (rows.isEmpty()) {
                return false;
            }
            SortedMap<String, String> files = new TreeMap<>();
            rows.forEach(f -> files.put(f.fileName(), f.content()));
            if (!new PolicySource(villageId, files).contentHash().equals(contentHash)) {
                return false;
            }
            drafts.deleteAll(villageId);
            return true;
        });
        return Boolean.TRUE.equals(discarded);
    }
}
