package org.jifen.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The one village check: may this key do that to this village? {@link #can} answers it; the
 * {@code AuthorizationManager}s below apply it to a request, taking the village from the
 * {@code {village}} path variable (or the {@code village} query parameter of the audit log), and
 * leave the reason for a refusal in the request attribute {@link #DENIED} for the 403 problem.
 */
@Component("villageAccess")
public class VillageAccess {

    /** Request attribute: why the request was refused (for the 403 problem's detail). */
    public static final String DENIED = VillageAccess.class.getName() + ".denied";

    private final VillageMapper villages;

    VillageAccess(VillageMapper villages) {
        this.villages = villages;
    }

    /**
     * Whether {@code authentication} may do {@code permission} for village {@code villageId}: the
     * key's role must have the permission, and the village must be in the key's scope (its listed
     * villages; for a MERCHANT, its region; ADMIN and AUDITOR: every village).
     */
    public boolean can(Authentication authentication, String villageId, Permission permission) {
        ApiKeyPrincipal key = authentication instanceof ApiKeyAuthentication auth ? auth.key() : null;
        if (key == null || villageId == null || !permission.grantedTo(key.role())) {
            return false;
        }
        return switch (key.role().scope()) {
            case ALL -> true;
            case VILLAGES -> key.villages().contains(villageId);
            case REGION -> inRegion(villageId, key.region());
        };
    }

    /** A village is in region R when its region is R or starts with R (成都市 covers 成都市新津区 柳城街道). */
    private boolean inRegion(String villageId, String region) {
        if (region == null || region.isBlank()) {
            return false;
        }
        VillageRow row = villages.findById(villageId);
        return row != null && row.region() != null && row.region().startsWith(region);
    }

    /** {@code permission} for the village of the {@code {village}} path variable. */
    public AuthorizationManager<RequestAuthorizationContext> to(Permission permission) {
        return (authentication, context) -> decide(authentication, context, context.getVariables().get("village"),
                permission);
    }

    /** PUT of a village: creating one is {@link Permission#CREATE_VILLAGE}, renaming one {@link Permission#RENAME_VILLAGE}. */
    public AuthorizationManager<RequestAuthorizationContext> villagePut() {
        return (authentication, context) -> {
            String village = context.getVariables().get("village");
            boolean exists = village != null && village.length() <= 64 && villages.findById(village) != null;
            return decide(authentication, context, village,
                    exists ? Permission.RENAME_VILLAGE : Permission.CREATE_VILLAGE);
        };
    }

    /**
     * The audit log: ADMIN and AUDITOR read all of it; an OFFICIAL reads only with exactly one
     * {@code village} query parameter naming one of its villages.
     */
    public AuthorizationManager<RequestAuthorizationContext> auditLog() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            ApiKeyPrincipal key = auth instanceof ApiKeyAuthentication a ? a.key() : null;
            if (key != null && key.role().scope() == Role.Scope.ALL) {
                return decide(authentication, context, "*", Permission.READ_AUDIT);
            }
            String[] values = context.getRequest().getParameterValues("village");
            if (key != null && key.role() == Role.OFFICIAL && (values == null || values.length != 1)) {
                deny(context.getRequest(), key + " may read the audit log only of its own villages: add ?village=<id>");
                return new AuthorizationDecision(false);
            }
            return decide(authentication, context, values == null ? null : values[0], Permission.READ_AUDIT);
        };
    }

    /** ADMIN only: keys, operations endpoints, and whatever the endpoint table does not list. */
    public AuthorizationManager<RequestAuthorizationContext> admin() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            ApiKeyPrincipal key = auth instanceof ApiKeyAuthentication a ? a.key() : null;
            boolean granted = key != null && key.role() == Role.ADMIN;
            if (!granted && key != null) {
                deny(context.getRequest(), key + " may not use this endpoint: it is for ADMIN keys");
            }
            return new AuthorizationDecision(granted);
        };
    }

    /** Metrics scraping ({@code /actuator/prometheus}): ADMIN and AUDITOR keys, which see every village. */
    public AuthorizationManager<RequestAuthorizationContext> monitoring() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            ApiKeyPrincipal key = auth instanceof ApiKeyAuthentication a ? a.key() : null;
            boolean granted = key != null && (key.role() == Role.ADMIN || key.role() == Role.AUDITOR);
            if (!granted && key != null) {
                deny(context.getRequest(), key + " may not read the metrics: they are for ADMIN and AUDITOR keys");
            }
            return new AuthorizationDecision(granted);
        };
    }

    /** Any valid key. */
    public AuthorizationManager<RequestAuthorizationContext> anyKey() {
        return (authentication, context) -> new AuthorizationDecision(
                authentication.get() instanceof ApiKeyAuthentication a && a.key() != null);
    }

    private AuthorizationDecision decide(Supplier<Authentication> authentication, RequestAuthorizationContext context,
            String village, Permission permission) {
        Authentication auth = authentication.get();
        boolean granted = can(auth, village, permission);
        if (!granted && auth instanceof ApiKeyAuthentication a && a.key() != null) {
            ApiKeyPrincipal key = a.key();
            deny(context.getRequest(), !permission.grantedTo(key.role())
                    ? "a key with role " + key.role() + " may not " + permission.words() + (permission == Permission.CREATE_VILLAGE
                            ? "" : " (village " + village + ")")
                    : "key " + key.keyId() + " (" + key.role() + ") does not act for village " + village);
        }
        return new AuthorizationDecision(granted);
    }

    private static void deny(HttpServletRequest request, String reason) {
        request.setAttribute(DENIED, reason);
    }
}
