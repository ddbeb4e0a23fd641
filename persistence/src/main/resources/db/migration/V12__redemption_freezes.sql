-- Redemption freeze (暂停兑换, issue 15): an official suspends a member's or a household's
-- redemptions through a day (until_day included), with a reason. One row per subject; setting it
-- again replaces it, lifting it deletes it (the audit log keeps the history).
--   scope       MEMBER or HOUSEHOLD
--   subject_id  the member id or household id
CREATE TABLE redemption_freezes (
  village_id  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  scope       VARCHAR(16) NOT NULL,
  subject_id  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  until_day   DATE NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  operator    VARCHAR(100) NULL,
  created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, scope, subject_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
