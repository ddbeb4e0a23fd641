package org.jifen.api.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a request does to a village, and the roles that may do it. ADMIN may do everything; an
 * AUDITOR may do everything that is read-only; a role with village scope (OFFICIAL, REVIEWER,
 * PIPELINE) only for the villages on its key; a MERCHANT only for the villages of its region.
 * The endpoints are mapped to permissions in one table, {@link SecurityConfiguration}.
 */
public enum Permission {
    // in use
    EVALUATE(false, Role.OFFICIAL, Role.PIPELINE),
    REGISTER_MEMBER(false, Role.OFFICIAL, Role.PIPELINE),
    READ_MEMBERS(true, Role.OFFICIAL, Role.REVIEWER),
    READ_POLICY(true, Role.OFFICIAL, Role.REVIEWER),
    READ_DRAFT(true, Role.OFFICIAL),
    EDIT_POLICY(false, Role.OFFICIAL),
    /** Creating a village (PUT of a village that does not exist yet): ADMIN only. */
    CREATE_VILLAGE(false),
    RENAME_VILLAGE(false, Role.OFFICIAL),
    READ_AUDIT(true, Role.OFFICIAL),
    // defined for the endpoints to come
    REVIEW(false, Role.OFFICIAL, Role.REVIEWER),
    REVERSE(false, Role.OFFICIAL),
    ADJUST(false, Role.OFFICIAL),
    EDIT_CATALOGUE(false, Role.OFFICIAL),
    READ_REPORTS(true, Role.OFFICIAL),
    /** Redeeming points: at a merchant, or at the counter of the village's own 积分超市, which its officials run. */
    REDEEM(false, Role.MERCHANT, Role.OFFICIAL),
    CANCEL_REDEMPTION(false, Role.MERCHANT, Role.OFFICIAL),
    /** Reading the points supermarket's catalogue (what a member can redeem, at what price). */
    READ_CATALOGUE(true, Role.OFFICIAL, Role.REVIEWER, Role.MERCHANT);

    private final boolean readOnly;
    private final Set<Role> roles;

    Permission(boolean readOnly, Role... roles) {
        this.readOnly = readOnly;
        this.roles = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    }

    /** True when it changes nothing, so an AUDITOR has it. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether {@code role} has this permission, for villages in its scope. */
    public boolean grantedTo(Role role) {
        return role == Role.ADMIN || (readOnly && role == Role.AUDITOR) || roles.contains(role);
    }

    /** Lower-case words for messages: "edit policy". */
    public String words() {
        return name().toLowerCase().replace('_', ' ');
    }
}
