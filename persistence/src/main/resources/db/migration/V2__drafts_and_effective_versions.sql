-- Policy lifecycle: a draft workspace per village, and versions that take effect at a given time.

ALTER TABLE policy_versions
  ADD COLUMN effective_from DATETIME(3) NULL AFTER comment,
  ADD KEY ix_policy_versions_created (created_at);

CREATE TABLE policy_drafts (
  village_id VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  file_name  VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  content    LONGTEXT NOT NULL,
  updated_by VARCHAR(100) NULL,
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, file_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
