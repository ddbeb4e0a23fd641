package org.jifen.api.member;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jifen.api.web.PlausibleDate;

/** A member's registration: household, roles, the date they joined and (optional, kept when left out) the name. */
record MemberRequest(
        @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}_.:@-]{1,64}", message = "must be 1 to 64 letters, digits or _ . : @ -")
        String householdId,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[\\p{L}\\p{N}_-]{1,24}",
                message = "must be a role name of 1 to 24 letters, digits, _ or -, such as PARTY_MEMBER") String> roles,
        @PlausibleDate LocalDate joinedOn,
        @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String name) {
}
