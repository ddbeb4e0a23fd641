-- API keys and the audit trail.
-- Keys are global: key_id is the primary key; the villages a key may act for are rows of
-- api_key_villages (led by village_id, like every table that has one). Only the SHA-256 of a key
-- is stored; the plain key is shown once, when it is created.

CREATE TABLE api_keys (
  key_id     VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  key_hash   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name       VARCHAR(100) NOT NULL,
  role       VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  region     VARCHAR(200) NULL,
  created_by VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  revoked_at DATETIME(3)  NULL,
  revoked_by VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  PRIMARY KEY (key_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE api_key_villages (
  village_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  key_id     VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (village_id, key_id),
  KEY ix_api_key_villages_key (key_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only: rows are only ever inserted. village_id is '' for records that belong to no
-- village (key changes). key_id is NULL for changes the service made on its own (policy files
-- saved on disk); role is then SYSTEM.
CREATE TABLE audit_log (
  village_id  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT '',
  audit_id    BIGINT       NOT NULL AUTO_INCREMENT,
  created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  key_id      VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  role        VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  action      VARCHAR(40)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  target      VARCHAR(300) NULL,
  request_id  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  hash_before CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
  hash_after  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL,
  detail      VARCHAR(1000) NULL,
  PRIMARY KEY (village_id, audit_id),
  KEY ix_audit_id (audit_id),
  KEY ix_audit_village_time (village_id, created_at),
  KEY ix_audit_time (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
