package org.jifen.api.policy;

import java.util.Objects;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.security.Actor;
import org.jifen.api.security.Role;
import org.jifen.api.web.ForbiddenFieldException;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * A village's region decides which merchants may redeem its members' points, and its time zone when
 * every cap period starts and ends. Only an ADMIN key may change either, whether by
 * {@code PUT /api/v1/villages/{v}} or by publishing a {@code village.yaml} that says otherwise; so
 * may the service itself (SYSTEM: policy files on its disk, whose writer runs the service). Every
 * change is audited as {@link AuditAction#VILLAGE_MOVE}.
 */
@Service
public class VillageIdentity {

    static final String DEFAULT_ZONE = "Asia/Shanghai";

    private final VillageMapper villages;
    private final AuditLog audit;

    VillageIdentity(VillageMapper villages, AuditLog audit) {
        this.villages = villages;
        this.audit = audit;
    }

    /**
     * Refuses a change of {@code current}'s region or time zone to {@code region} and
     * {@code timezone} unless the current request's key is an ADMIN's (or the service acts on its
     * own). {@code where} prefixes the field named in the refusal ("" for a request body,
     * "village.yaml: " for a published file). A village that does not exist yet has nothing to change.
     *
     * @throws ForbiddenFieldException (403) naming region or timezone
     */
    public static void requireMayChange(VillageRow current, String region, String timezone, String where) {
        Actor actor = Actor.current();
        if (current == null || actor.role() == Role.ADMIN || actor.role() == Role.SYSTEM) {
            return;
        }
        String who = "key " + actor.keyId() + " (" + actor.role() + ")";
        if (!Objects.equals(regionOf(current.region()), regionOf(region))) {
            throw new ForbiddenFieldException(where + "region", "only an ADMIN key may change a village's region, "
                    + "which decides which merchants may redeem its members' points; " + who + " may not change "
                    + "the region of village " + current.villageId() + " from " + shown(current.region()) + " to "
                    + shown(region) + ". Keep " + shown(current.region()) + ", or ask an administrator");
        }
        if (!zoneOf(current.timezone()).equals(zoneOf(timezone))) {
            throw new ForbiddenFieldException(where + "timezone", "only an ADMIN key may change a village's time "
                    + "zone, which decides when every cap period starts and ends; " + who + " may not change the "
                    + "time zone of village " + current.villageId() + " from " + zoneOf(current.timezone()) + " to "
                    + zoneOf(timezone) + ". Keep " + zoneOf(current.timezone()) + ", or ask an administrator");
        }
    }

    /** Stores {@code next} as the village's row, recording a change of region or time zone in the audit log. */
    public void save(VillageRow next) {
        VillageRow before = villages.findById(next.villageId());
        villages.upsert(next);
        String moved = before == null ? null : moved(before, next);
        if (moved != null) {
            audit.record(next.villageId(), AuditAction.VILLAGE_MOVE, "villages/" + next.villageId(), moved);
        }
    }

    /** "region A → B, timezone X → Y" for what differs, or null when neither does. */
    static String moved(VillageRow before, VillageRow after) {
        boolean region = !Objects.equals(regionOf(before.region()), regionOf(after.region()));
        boolean zone = !zoneOf(before.timezone()).equals(zoneOf(after.timezone()));
        if (!region && !zone) {
            return null;
        }
        return (region ? "region " + shown(before.region()) + " → " + shown(after.region()) : "")
                + (region && zone ? ", " : "")
                + (zone ? "timezone " + zoneOf(before.timezone()) + " → " + zoneOf(after.timezone()) : "");
    }

    private static String regionOf(String region) {
        return region == null || region.isBlank() ? null : region.strip();
    }

    private static String zoneOf(String timezone) {
        return timezone == null || timezone.isBlank() ? DEFAULT_ZONE : timezone;
    }

    private static String shown(String region) {
        return regionOf(region) == null ? "(none)" : regionOf(region);
    }
}
