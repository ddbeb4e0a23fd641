package org.jifen.api.village;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A village's name, region and time zone (PUT creates or renames). A missing region or time zone
 * keeps the village's (on create: no region, Asia/Shanghai); an empty region removes it.
 * {@code author} is recorded on the policy version that a rename publishes.
 */
record VillageRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String name,
        @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String region,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9/_+:-]*", message = "must be a time zone such as Asia/Shanghai")
        String timezone,
        @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String author) {
}
