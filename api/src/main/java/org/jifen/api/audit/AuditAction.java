package org.jifen.api.audit;

/** What an audit record says was done. */
public enum AuditAction {
    // policy
    DRAFT_FILE_PUT,
    DRAFT_FILE_DELETE,
    DRAFT_DISCARD,
    POLICY_PUBLISH,
    POLICY_RESTORE,
    /** The service marked a policy version faulty: its evaluations kept tripping runtime guards. */
    POLICY_FAULTY,
    VILLAGE_CREATE,
    VILLAGE_RENAME,
    /** A village's region or time zone changed (an ADMIN key, or the service from files on its disk). */
    VILLAGE_MOVE,
    // members and ledger
    MEMBER_REGISTER,
    LEDGER_CREDIT,
    // keys
    KEY_CREATE,
    KEY_REVOKE,
    // for the endpoints to come: record these with AuditLog.record
    REVIEW_DECISION,
    REVERSAL,
    ADJUSTMENT,
    REDEMPTION,
    REDEMPTION_CANCEL,
    CATALOGUE_CHANGE,
    /** An expiry run (年度清零 or points older than N months) wrote EXPIRY entries. */
    EXPIRY_RUN,
    /** An official suspended a member's or household's redemptions (暂停兑换), or changed the suspension. */
    REDEMPTION_FREEZE,
    /** An official lifted a suspension of redemptions. */
    REDEMPTION_UNFREEZE,
    /** A programme (评星) ran for a period and wrote its awards and honours. */
    PROGRAMME_RUN
}
