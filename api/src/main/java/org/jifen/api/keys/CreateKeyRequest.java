package org.jifen.api.keys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A key to create: a name saying what the key is for, a role, the villages of an OFFICIAL, REVIEWER
 * or PIPELINE key (at least one, each existing), the region of a MERCHANT key. ADMIN and AUDITOR
 * keys have neither. {@code holder} is the person who holds the key, recorded as the reviewer of
 * the key's review decisions (default: the name). {@code memberId} says which member of
 * {@code memberVillage} the holder is (the village may be left out when the key has exactly one),
 * so that nobody reviews their own, their household's or their reported evidence.
 */
public record CreateKeyRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String name,
        @Size(min = 1, max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String holder,
        @NotNull @Pattern(regexp = "ADMIN|OFFICIAL|REVIEWER|PIPELINE|MERCHANT|AUDITOR",
                message = "must be one of ADMIN, OFFICIAL, REVIEWER, PIPELINE, MERCHANT, AUDITOR") String role,
        @Size(max = 1000) List<@NotNull @Pattern(regexp = KeyHolders.VILLAGE_ID,
                message = "must be a village id (lower-case letters, digits and '-')") String> villages,
        @Size(min = 1, max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String region,
        @Pattern(regexp = KeyHolders.MEMBER_ID, message = "must be 1 to 64 letters, digits or _ . : @ -") String memberId,
        @Pattern(regexp = KeyHolders.VILLAGE_ID,
                message = "must be a village id (lower-case letters, digits and '-')") String memberVillage) {
}
