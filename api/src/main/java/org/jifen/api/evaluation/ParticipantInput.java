package org.jifen.api.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One participant of posted evidence (参与人): a member of the village and the role they had (调解员, 当事人 …). */
record ParticipantInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = Ids.ID, message = Ids.ID_MESSAGE) String memberId,
        @NotBlank @Size(max = 32) String role) {
}
