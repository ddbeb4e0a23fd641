package org.jifen.api.keys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A key to create: a name saying whose it is, a role, the villages of an OFFICIAL, REVIEWER or
 * PIPELINE key (at least one, each existing), the region of a MERCHANT key. ADMIN and AUDITOR keys
 * have neither.
 */
public record CreateKeyRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String name,
        @NotNull @Pattern(regexp = "ADMIN|OFFICIAL|REVIEWER|PIPELINE|MERCHANT|AUDITOR",
                message = "must be one of ADMIN, OFFICIAL, REVIEWER, PIPELINE, MERCHANT, AUDITOR") String role,
        @Size(max = 1000) List<@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}",
                message = "must be a village id (lower-case letters, digits and '-')") String> villages,
        @Size(min = 1, max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String region) {
}
