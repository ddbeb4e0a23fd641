package org.jifen.persistence.redemption;

import org.jifen.persistence.ledger.LedgerKind;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The catalogue, merchants and redemption records; the points themselves move in the ledger. */
@Mapper
public interface RedemptionMapper {

  /** Inserts the item or updates its name, price and stock. */
  int upsertItem(CatalogueItemRow item);

  /** The item or null. */
  CatalogueItemRow findItem(@Param("villageId") String villageId, @Param("itemId") String itemId);

  /** The village's items, ordered by id. */
  List<CatalogueItemRow> items(@Param("villageId") String villageId);

  /** Takes {@code quantity} from the stock if that much is left; 1 when taken, 0 when not. */
  int takeStock(@Param("villageId") String villageId, @Param("itemId") String itemId,
      @Param("quantity") int quantity);

  /** Puts {@code quantity} back into the stock (a cancelled redemption). */
  int returnStock(@Param("villageId") String villageId, @Param("itemId") String itemId,
      @Param("quantity") int quantity);

  /** Inserts the merchant or updates its name and region. */
  int upsertMerchant(MerchantRow merchant);

  /** The merchant or null. */
  MerchantRow findMerchant(@Param("merchantId") String merchantId);

  /** Merchants whose region starts with {@code region} (null: all), ordered by id. */
  List<MerchantRow> merchants(@Param("region") String region);

  /** Records a redemption; a key already used raises DuplicateKeyException. */
  int insertRedemption(RedemptionRow redemption);

  /** The redemption of the key or null. */
  RedemptionRow findRedemption(@Param("villageId") String villageId, @Param("key") String key);

  /** The redemption of the key, locked (FOR UPDATE), or null. */
  RedemptionRow lockRedemption(@Param("villageId") String villageId, @Param("key") String key);

  /** Marks a REDEEMED redemption CANCELLED; 1 when it was, 0 when it already was cancelled. */
  int markCancelled(@Param("villageId") String villageId, @Param("key") String key,
      @Param("reason") String reason, @Param("operator") String operator);

  /** The id of the ledger entry of {@code kind} written for {@code sourceId}, or null. */
  Long ledgerEntryOf(@Param("villageId") String villageId, @Param("kind") LedgerKind kind,
      @Param("sourceId") String sourceId);
}
