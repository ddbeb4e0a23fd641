-- Review (issue 5): evidence that arrives PENDING waits here with its provisional awards, what the
-- policy would award were it approved. They are not ledger rows and are not spendable; approval
-- re-evaluates the policy and credits the ledger, rejection drops them.
--   status              PENDING, AWAITING_SECOND_REVIEW, APPROVED or REJECTED
--   provisional_points  the sum of provisional_awards (JSON, AwardView-shaped), the member's "pending"
--   awards              what the approval credited (JSON, AwardView-shaped, capped ones included)
--   item_seq            insertion order: the queue is oldest first
-- review_decisions holds one decision per (evidence, reviewer): a reviewer decides once.

CREATE TABLE review_items (
  village_id         VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  evidence_id        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  member_id          VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  household_id       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  evidence_type      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  occurred_at        DATETIME NOT NULL,
  status             VARCHAR(24) NOT NULL,
  provisional_points INT NOT NULL,
  provisional_awards LONGTEXT NOT NULL,
  policy_version     INT NOT NULL,
  awards             LONGTEXT NULL,
  credited_version   INT NULL,
  submitted_at       DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  decided_at         DATETIME(3) NULL,
  item_seq           BIGINT NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (village_id, evidence_id),
  KEY ix_review_items_seq (item_seq),
  KEY ix_review_items_queue (village_id, status, item_seq),
  KEY ix_review_items_member (village_id, member_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE review_decisions (
  village_id  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  evidence_id VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  reviewer    VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  decision    VARCHAR(16)  NOT NULL,
  note        VARCHAR(500) NULL,
  decided_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, evidence_id, reviewer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
