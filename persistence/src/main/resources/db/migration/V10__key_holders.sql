-- Issue 13, identity: a review decision is made by the key that sends it.
--   api_keys.holder             the person who holds the key (their name); keys made before this
--                               migration get their name, which already said whose the key is
--   api_keys.member_village_id  with member_id: the member who holds the key, if the holder is a
--   api_keys.member_id          member of a village; the review independence rules (own evidence,
--                               own report, own household) are checked against that member
--   review_decisions.key_id     the key that made the decision (NULL for decisions made before);
--                               a key decides once on an evidence, and reviewer (now the key's
--                               holder, up to 100 characters as holder is) stays one per evidence

ALTER TABLE api_keys
  ADD COLUMN holder            VARCHAR(100) NULL AFTER name,
  ADD COLUMN member_village_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER holder,
  ADD COLUMN member_id         VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL AFTER member_village_id;

UPDATE api_keys SET holder = name WHERE holder IS NULL;

ALTER TABLE api_keys MODIFY COLUMN holder VARCHAR(100) NOT NULL;

ALTER TABLE review_decisions
  MODIFY COLUMN reviewer VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  ADD COLUMN key_id VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER reviewer,
  ADD UNIQUE KEY uk_review_decisions_key (village_id, evidence_id, key_id);
