package org.jifen.api.policy.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who publishes the draft, why, and optionally when it takes effect: an ISO-8601 date-time with an
 * offset, or without one in village time (a date alone means its start); absent or past: at once.
 */
public record PublishRequest(@NotBlank @Size(max = 100) String author, @Size(max = 500) String comment,
        @Size(max = 64) String effectiveFrom) {
}
