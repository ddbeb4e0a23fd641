package org.jifen.api.redemption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Redemptions to make, each handled on its own (a 集中兑换 day is one big batch). */
record RedemptionRequest(@NotEmpty @Size(max = 1000) List<@NotNull @Valid RedemptionInput> redemptions) {
}
