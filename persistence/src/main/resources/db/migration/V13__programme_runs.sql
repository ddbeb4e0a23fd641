-- Programme runs (评星, issue 15): one row per (rule, period) a run has decided, whether or not it
-- awarded anything, written in the run's transaction. A run skips every rule that has a row here (or,
-- for runs before this table, ledger entries under its source), so a programme is idempotent per
-- (programme, period) even when it first awarded nothing.
--   source_id  programme:<rule>:<period>, as the ledger entries of the run
--   entries    how many ledger entries the run wrote for it (0: it awarded nothing)
CREATE TABLE programme_runs (
  village_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  source_id       VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  rule_name       VARCHAR(200) NOT NULL,
  period_name     VARCHAR(16) NOT NULL,
  entries         INT NOT NULL,
  policy_version  INT NOT NULL,
  operator        VARCHAR(100) NULL,
  run_at          DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
