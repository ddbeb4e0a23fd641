-- The ledger's whole life (issue 5): every entry says where it comes from, and stays append-only.
--   kind            AWARD (evidence + rule), REVERSAL, ADJUSTMENT, REDEMPTION, REDEMPTION_CANCEL, EXPIRY
--   source_id       the review, reversal or adjustment request key, redemption id or expiry run it belongs to
--   reverses_entry  the entry a REVERSAL (or REDEMPTION_CANCEL) compensates
--   operator/reason who decided it and why, for manual entries
-- evidence_id, evidence_type and policy_version are now NULL for entries that have none
-- (adjustments, redemptions, expiry). An award is credited once per (evidence, kind, award_seq),
-- so it can also be reversed only once; a manual entry once per (kind, source_id, award_seq).

ALTER TABLE ledger
  MODIFY evidence_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  MODIFY evidence_type  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  MODIFY policy_version INT NULL,
  ADD COLUMN source_id      VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER kind,
  ADD COLUMN reverses_entry BIGINT NULL AFTER source_id,
  ADD COLUMN operator       VARCHAR(100) NULL AFTER reverses_entry,
  ADD COLUMN reason         VARCHAR(500) NULL AFTER operator,
  DROP KEY uk_ledger_award,
  ADD UNIQUE KEY uk_ledger_award (village_id, evidence_id, kind, award_seq),
  ADD UNIQUE KEY uk_ledger_source (village_id, kind, source_id, award_seq),
  ADD KEY ix_ledger_reverses (village_id, reverses_entry),
  ADD KEY ix_ledger_household_time (village_id, household_id, occurred_at);
