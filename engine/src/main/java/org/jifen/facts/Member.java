package org.jifen.facts;

import java.time.LocalDate;
import java.util.Set;

/** The member the evidence is about. */
public record Member(String id, String householdId, Set<String> roles, LocalDate joinedOn) {

    public Member {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
