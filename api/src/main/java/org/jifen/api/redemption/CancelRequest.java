package org.jifen.api.redemption;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Why a redemption is cancelled and who decided it. */
record CancelRequest(
        @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String reason,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String operator) {
}
