-- The village folders rules/<village>/ imported from disk: the content hash of the folder (with its
-- samples/<village>/ cases) last imported and the version it became, and the version published
-- through the API or the console that superseded it, if any. A folder is imported again only when
-- its content hash differs from the recorded one (see PolicyLoader), so an API publish is never
-- silently replaced by an unchanged folder at restart.
CREATE TABLE policy_folders (
  village_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  content_hash   CHAR(64) NOT NULL,
  version        INT NOT NULL,
  superseded_by  INT NULL,
  updated_at     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
