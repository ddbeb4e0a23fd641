package org.jifen.api.policy.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who restores an old version and why. */
public record RestoreRequest(@NotBlank @Size(max = 100) String author, @Size(max = 400) String comment) {
}
