package org.jifen.api.policy.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who publishes the draft, why, and optionally when it takes effect: an ISO-8601 date-time with an
 * offset, or without one in village time (a date alone means its start); absent or past: at once.
 */
public record PublishRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String author,
        @Size(max = 500) String comment,
        @Size(max = 64) @Pattern(regexp = "\\s*(19|2\\d)\\d{2}-\\d{2}-\\d{2}([T ].*)?",
                message = "must be an ISO-8601 date or date-time from 1900 to 2999, such as 2027-01-01T00:00")
        String effectiveFrom) {
}
