-- Issue 5 (H5b): member names, the points supermarket (积分超市) catalogue, partner merchants per
-- region, and redemptions. Points move only through the ledger (REDEMPTION / REDEMPTION_CANCEL /
-- EXPIRY rows); these tables hold what the ledger does not: prices, stock, and the idempotency
-- record of each redemption request key.

ALTER TABLE members
  ADD COLUMN name VARCHAR(100) NULL AFTER joined_on;

CREATE TABLE catalogue_items (
  village_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  item_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name       VARCHAR(200) NOT NULL,
  price      INT NOT NULL,
  stock      INT NOT NULL,
  created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (village_id, item_id),
  CONSTRAINT ck_catalogue_price CHECK (price > 0),
  CONSTRAINT ck_catalogue_stock CHECK (stock >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A partner merchant accepts points from members of every village whose region starts with its region.
CREATE TABLE merchants (
  merchant_id VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  name        VARCHAR(200) NOT NULL,
  region      VARCHAR(200) NOT NULL,
  created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (merchant_id),
  KEY ix_merchants_region (region)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per redemption request key: what was asked (content_hash, for replays), what it cost,
-- and whether it was cancelled. The ledger rows carry source_id = redemption_key.
CREATE TABLE redemptions (
  village_id     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  redemption_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  member_id      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  item_id        VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  merchant_id    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  quantity       INT NOT NULL,
  points         INT NOT NULL,
  content_hash   CHAR(64) NOT NULL,
  status         VARCHAR(16) NOT NULL,
  cancel_reason  VARCHAR(500) NULL,
  cancel_operator VARCHAR(100) NULL,
  created_at     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  cancelled_at   DATETIME(3) NULL,
  PRIMARY KEY (village_id, redemption_key),
  KEY ix_redemptions_member (village_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 'REDEMPTION_CANCEL' (17 characters) did not fit V1's VARCHAR(16).
ALTER TABLE ledger
  MODIFY kind VARCHAR(24) NOT NULL DEFAULT 'AWARD';
