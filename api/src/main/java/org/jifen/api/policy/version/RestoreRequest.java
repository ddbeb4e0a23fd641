package org.jifen.api.policy.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who restores an old version and why. */
public record RestoreRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String author,
        @Size(max = 400) String comment) {
}
