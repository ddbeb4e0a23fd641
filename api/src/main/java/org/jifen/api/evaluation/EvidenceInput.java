package org.jifen.api.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * One piece of evidence as the submission pipeline posts it (contract §7). {@code memberId} is who
 * submitted it; with {@code participants} (at most 50, each member once) exactly the participants
 * are evaluated and credited, each as that member with their role (the submitter only if listed).
 */
record EvidenceInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.ID, message = Ids.ID_MESSAGE) String id,
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.TYPE, message = Ids.TYPE_MESSAGE) String type,
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.ID, message = Ids.ID_MESSAGE) String memberId,
        @NotBlank @Size(max = 40) @Pattern(regexp = Ids.TIME, message = Ids.TIME_MESSAGE) String occurredAt,
        @Pattern(regexp = "APPROVED|PENDING|REJECTED", message = "must be APPROVED, PENDING or REJECTED") String status,
        @Min(0) @Max(100_000) Integer minutes,
        @Min(0) @Max(100_000) Integer quantity,
        @Min(0) @Max(1_000) Integer photos,
        @Size(max = 64) @Pattern(regexp = Ids.ID, message = Ids.ID_MESSAGE) String reporterId,
        @Size(max = 50) Map<@NotBlank @Size(max = 64) @Pattern(regexp = Ids.ATTR, message = Ids.ATTR_MESSAGE) String,
                @NotNull @Size(max = 500) String> attrs,
        @Size(max = 50) List<@NotNull @Valid ParticipantInput> participants) {
}
