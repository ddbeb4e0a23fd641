package org.jifen.api.security;

/**
 * What a key may do. OFFICIAL, REVIEWER and PIPELINE keys act for the villages listed on the key;
 * a MERCHANT key acts for the villages of its region; ADMIN and AUDITOR keys for every village.
 * See {@link Permission} for what each role may do.
 */
public enum Role {
    /** Everything, including keys. */
    ADMIN(Scope.ALL),
    /** Policy editing and publishing, members, reviews, reversals, adjustments, catalogue, the counter of the 积分超市 and reports of its villages. */
    OFFICIAL(Scope.VILLAGES),
    /** The review queue and decisions of its villages (and reading their members and policy). */
    REVIEWER(Scope.VILLAGES),
    /** The submission pipeline of its villages: evaluations and member registration only. */
    PIPELINE(Scope.VILLAGES),
    /** Redemptions for the villages of its region. */
    MERCHANT(Scope.REGION),
    /** Reads everything, changes nothing. */
    AUDITOR(Scope.ALL),
    /** Not a key: changes the service makes on its own (policy files saved on disk), as the audit log names them. */
    SYSTEM(Scope.ALL);

    /** Which villages a key of the role acts for. */
    public enum Scope { ALL, VILLAGES, REGION }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    /** A role a key can be created with (every role but SYSTEM). */
    public boolean assignable() {
        return this != SYSTEM;
    }
}
