package org.jifen.api.keys;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/keys}: create, list and revoke API keys (ADMIN only). */
@RestController
@RequestMapping("/api/v1/keys")
class KeyController {

    private final KeyService keys;

    KeyController(KeyService keys) {
        this.keys = keys;
    }

    @Operation(summary = "Create a key: 201 with the key, shown this once (only its SHA-256 is stored)")
    @PostMapping
    ResponseEntity<KeyView> create(@Valid @RequestBody CreateKeyRequest request) {
        KeyView created = keys.create(request);
        return ResponseEntity.created(URI.create("/api/v1/keys/" + created.keyId()))
                .cacheControl(CacheControl.noStore()).body(created);
    }

    @Operation(summary = "List every key, revoked ones included (never a key or its hash)")
    @GetMapping
    KeyList list() {
        return keys.list();
    }

    @Operation(summary = "Revoke a key: from now on requests with it get 401")
    @DeleteMapping("/{keyId}")
    ResponseEntity<Void> revoke(@PathVariable String keyId) {
        keys.revoke(keyId);
        return ResponseEntity.noContent().build();
    }
}
