-- Which template (points-list template, stored in policy_versions under '_template/<id>') each
-- village's latest version extends, and the template version it was published against (pinned).
CREATE TABLE village_templates (
  village_id       VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  template_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  template_version INT NOT NULL,
  village_version  INT NOT NULL,
  updated_at       DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id),
  KEY ix_village_templates_template (template_id, village_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
