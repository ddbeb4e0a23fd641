package org.jifen.api.redemption;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A catalogue item as PUT: its name, price in points and the stock on hand. */
record ItemRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String name,
        @NotNull @Min(1) @Max(1_000_000) Integer price,
        @NotNull @Min(0) @Max(1_000_000_000) Integer stock) {
}
