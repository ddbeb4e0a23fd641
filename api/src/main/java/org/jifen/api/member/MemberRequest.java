package org.jifen.api.member;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A member's registration: household, roles and the date they joined. */
record MemberRequest(
        @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}_.:@-]{1,64}", message = "must be 1 to 64 letters, digits or _ . : @ -")
        String householdId,
        @Size(max = 20) List<@Pattern(regexp = "[\\p{L}\\p{N}_-]{1,32}", message = "must be a role name such as PARTY_MEMBER") String> roles,
        LocalDate joinedOn) {
}
