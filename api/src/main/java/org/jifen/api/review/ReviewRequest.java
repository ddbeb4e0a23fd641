package org.jifen.api.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reviewer's decision on pending evidence: APPROVED credits it, REJECTED drops its provisional
 * awards. The reviewer is the holder of the key that sends it; {@code reviewer} is optional and,
 * when given, must be that holder (see {@link Reviewer#of}).
 */
record ReviewRequest(
        @NotNull @Pattern(regexp = "APPROVED|REJECTED", message = "must be APPROVED or REJECTED") String decision,
        @Size(min = 1, max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text")
        String reviewer,
        @Size(max = 500) String note) {
}
