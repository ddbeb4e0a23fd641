package org.jifen.api.village;

import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;

/** The one village lookup that answers 404 for an unknown village, for every endpoint that needs one. */
public final class KnownVillages {

    private KnownVillages() {
    }

    /** The village, or a {@link NotFoundException} (404) saying it does not exist. */
    public static VillageRow require(VillageMapper villages, String villageId) {
        VillageRow row = villages.findById(villageId);
        if (row == null) {
            throw new NotFoundException("village " + villageId + " does not exist");
        }
        return row;
    }
}
