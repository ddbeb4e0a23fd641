-- Jifen schema v1. Portable between MySQL 8 and MariaDB 11: utf8mb4 everywhere,
-- ids are case-sensitive (utf8mb4_bin), every table leads with village_id.

CREATE TABLE villages (
  village_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name       VARCHAR(200) NOT NULL,
  region     VARCHAR(200) NULL,
  timezone   VARCHAR(64)  NOT NULL DEFAULT 'Asia/Shanghai',
  created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE members (
  village_id   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  member_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  household_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  roles        VARCHAR(500) NOT NULL DEFAULT '',
  joined_on    DATE NULL,
  created_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, member_id),
  KEY ix_members_household (village_id, household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE policy_versions (
  village_id   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  version      INT NOT NULL,
  content_hash CHAR(64) NOT NULL,
  files        LONGTEXT NOT NULL,
  author       VARCHAR(100) NULL,
  comment      VARCHAR(500) NULL,
  created_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, version),
  KEY ix_policy_versions_hash (village_id, content_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evidence (
  village_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  evidence_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  member_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  evidence_type  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  occurred_at    DATETIME NOT NULL,
  status         VARCHAR(16) NOT NULL,
  payload_hash   CHAR(64) NOT NULL,
  payload        LONGTEXT NOT NULL,
  result         LONGTEXT NOT NULL,
  policy_version INT NOT NULL,
  created_at     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, evidence_id),
  KEY ix_evidence_member (village_id, member_id, evidence_type, occurred_at, status),
  KEY ix_evidence_time (village_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: rows are only ever inserted (corrections are new rows with another kind).
CREATE TABLE ledger (
  village_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  entry_id       BIGINT NOT NULL AUTO_INCREMENT,
  member_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  household_id   VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  evidence_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  award_seq      SMALLINT NOT NULL,
  evidence_type  VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  occurred_at    DATETIME NOT NULL,
  rule_name      VARCHAR(200) NOT NULL,
  category       VARCHAR(64) NOT NULL,
  requested      INT NOT NULL,
  points         INT NOT NULL,
  policy_version INT NOT NULL,
  kind           VARCHAR(16) NOT NULL DEFAULT 'AWARD',
  created_at     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, entry_id),
  KEY ix_ledger_entry (entry_id),
  UNIQUE KEY uk_ledger_award (village_id, evidence_id, award_seq),
  KEY ix_ledger_member_time (village_id, member_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
