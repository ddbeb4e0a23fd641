package org.jifen.api.policy;

import org.jifen.persistence.policy.PolicyFolderMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What follows a {@link PolicyPublished} inside the policy core: the cache activates a version that
 * takes effect at once (or notes when a later one is due), and the folder record of the village
 * notes an import from {@code rules/<village>/}, or that a version published through the API or
 * the console (draft, restore, rename) superseded the folder (see {@link PolicyLoader}).
 */
@Component
class PublishListeners {

    private final PolicyRegistry registry;
    private final PolicyFolderMapper folders;

    PublishListeners(PolicyRegistry registry, PolicyFolderMapper folders) {
        this.registry = registry;
        this.folders = folders;
    }

    @EventListener
    void cache(PolicyPublished published) {
        if (!published.created() || published.template()) {
            return;
        }
        if (published.policy() != null) {
            registry.activate(published.policy());
        } else {
            registry.expect(published.villageId(), published.version(), published.effectiveFrom());
        }
    }

    @EventListener
    void folder(PolicyPublished published) {
        PublishCommand command = published.command();
        if (published.template()) {
            return;
        }
        if (command.origin() == PublishCommand.Origin.FOLDER && command.folderHash() != null) {
            folders.imported(published.villageId(), command.folderHash(), published.version());
        } else if (published.created() && command.origin() != PublishCommand.Origin.TEMPLATE) {
            // a republish on a new template version leaves the folder's own files current: not superseded
            folders.supersede(published.villageId(), published.version());
        }
    }
}
