package org.jifen.api.keys;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.security.Actor;
import org.jifen.api.security.ApiKeyPrincipal;
import org.jifen.api.security.Role;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.key.ApiKeyMapper;
import org.jifen.persistence.key.ApiKeyRow;
import org.jifen.persistence.key.KeyVillage;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API keys: checks a presented key, creates keys (shown once, stored as SHA-256), lists and revokes
 * them. A presented key is the bootstrap administrator's ({@link AdminKey}) or a stored key, found
 * by the key id it carries and compared by hash in constant time; a revoked key is refused.
 */
@Service
public class KeyService {

    /** A hash no key has, compared when the key id is unknown so that the check takes as long. */
    private static final byte[] NO_KEY = new byte[32];

    private final ApiKeyMapper keys;
    private final VillageMapper villages;
    private final MemberMapper members;
    private final AdminKey admin;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    KeyService(ApiKeyMapper keys, VillageMapper villages, MemberMapper members, AdminKey admin, AuditLog audit,
            PlatformTransactionManager transactionManager) {
        this.keys = keys;
        this.villages = villages;
        this.members = members;
        this.admin = admin;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The key's principal when {@code presented} is the administrator key or a valid stored key. */
    public Optional<ApiKeyPrincipal> authenticate(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > ApiKeyFormat.MAX_LENGTH) {
            return Optional.empty();
        }
        if (admin.matches(presented)) {
            return Optional.of(ApiKeyPrincipal.bootstrapAdmin());
        }
        Optional<String> keyId = ApiKeyFormat.keyIdOf(presented);
        ApiKeyRow row = keyId.map(keys::find).orElse(null);
        byte[] stored = row == null ? NO_KEY : java.util.HexFormat.of().parseHex(row.keyHash());
        boolean matches = ApiKeyFormat.matches(presented, stored);
        if (row == null || !matches || row.revokedAt() != null) {
            return Optional.empty();
        }
        Role role = Role.valueOf(row.role());
        Set<String> scope = role.scope() == Role.Scope.VILLAGES ? Set.copyOf(keys.villagesOf(row.keyId())) : Set.of();
        return Optional.of(new ApiKeyPrincipal(row.keyId(), row.name(), row.holder(), role, scope, row.region(),
                row.memberVillageId(), row.memberId()));
    }

    /** Creates a key; the answer carries the key, which is not stored and cannot be shown again. */
    public KeyView create(CreateKeyRequest request) {
        Role role = Role.valueOf(request.role());
        List<String> villageIds = request.villages() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.villages()));
        String region = request.region() == null ? null : request.region().strip();
        switch (role.scope()) {
            case VILLAGES -> {
                if (villageIds.isEmpty()) {
                    throw new InvalidFieldException("villages", "a " + role + " key acts for the villages listed "
                            + "here; list at least one");
                }
                for (String village : villageIds) {
                    if (villages.findById(village) == null) {
                        throw new InvalidFieldException("villages", "village " + village + " does not exist");
                    }
                }
            }
            case REGION -> {
                if (!villageIds.isEmpty()) {
                    throw new InvalidFieldException("villages", "a MERCHANT key acts for the villages of its region; "
                            + "give region, not villages");
                }
                if (region == null || region.isEmpty()) {
                    throw new InvalidFieldException("region", "a MERCHANT key needs the region it serves, e.g. 邛崃市");
                }
            }
            case ALL -> {
                if (!villageIds.isEmpty()) {
                    throw new InvalidFieldException("villages", "an " + role + " key acts for every village; "
                            + "omit villages");
                }
            }
        }
        if (role.scope() != Role.Scope.REGION && region != null) {
            throw new InvalidFieldException("region", "only a MERCHANT key has a region");
        }
        KeyHolders.Holder holder = KeyHolders.of(request, villageIds, villages, members);
        Actor actor = Actor.current();
        for (int attempt = 0; ; attempt++) {
            ApiKeyFormat.Generated generated = ApiKeyFormat.generate();
            ApiKeyRow row = new ApiKeyRow(generated.keyId(), ApiKeyFormat.sha256Hex(generated.key()),
                    request.name().strip(), holder.holder(), holder.memberVillage(), holder.memberId(), role.name(),
                    role.scope() == Role.Scope.REGION ? region : null,
                    actor.keyId(), null, null, null);
            try {
                transactions.executeWithoutResult(status -> {
                    keys.insert(row);
                    keys.insertVillages(row.keyId(), villageIds);
                    audit.record(null, AuditAction.KEY_CREATE, "keys/" + row.keyId(), null, null,
                            "name " + row.name() + ", holder " + row.holder()
                                    + (row.memberId() == null ? "" : " (member " + row.memberId() + " of "
                                            + row.memberVillageId() + ")") + ", role " + role
                                    + (villageIds.isEmpty() ? "" : ", villages " + String.join(",", villageIds))
                                    + (row.region() == null ? "" : ", region " + row.region()));
                });
            } catch (DuplicateKeyException e) {
                if (attempt >= 3) {
                    throw e;
                }
                continue;
            }
            ApiKeyRow stored = keys.find(row.keyId());
            return view(stored, villageIds.stream().sorted().toList(), generated.key());
        }
    }

    public KeyList list() {
        Map<String, List<String>> byKey = new HashMap<>();
        for (KeyVillage kv : keys.findAllVillages()) {
            byKey.computeIfAbsent(kv.keyId(), k -> new java.util.ArrayList<>()).add(kv.villageId());
        }
        return new KeyList(keys.findAll().stream()
                .map(row -> view(row, byKey.getOrDefault(row.keyId(), List.of()), null)).toList());
    }

    /** Revokes a key: from now on it is refused with 401. Revoking a revoked key changes nothing. */
    public void revoke(String keyId) {
        if (ApiKeyPrincipal.BOOTSTRAP_ID.equals(keyId)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "the bootstrap administrator key is not stored; change JIFEN_ADMIN_KEY "
                    + "(or the key file) and restart to replace it");
        }
        ApiKeyRow row = ApiKeyFormat.isKeyId(keyId) ? keys.find(keyId) : null;
        if (row == null) {
            throw new NotFoundException("there is no key " + keyId);
        }
        transactions.executeWithoutResult(status -> {
            if (keys.revoke(keyId, Actor.current().keyId()) > 0) {
                audit.record(null, AuditAction.KEY_REVOKE, "keys/" + keyId, null, null,
                        "name " + row.name() + ", role " + row.role());
            }
        });
    }

    private static KeyView view(ApiKeyRow row, List<String> villageIds, String key) {
        return new KeyView(row.keyId(), key, row.name(), row.holder(), row.memberVillageId(), row.memberId(),
                row.role(), villageIds, row.region(), row.createdBy(),
                show(row.createdAt()), show(row.revokedAt()), row.revokedBy());
    }

    private static OffsetDateTime show(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
