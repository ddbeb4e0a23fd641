package org.jifen.api.redemption;

import org.jifen.persistence.ledger.LedgerKind;
import org.jifen.api.village.KnownVillages;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.api.audit.Sha256;
import org.jifen.api.freeze.RedemptionFreezes;
import org.jifen.api.ledger.LedgerTransactions;
import org.jifen.api.redemption.RedemptionResult.Status;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.persistence.ledger.LedgerMapper;
import org.jifen.persistence.ledger.LedgerRow;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.member.MemberRow;
import org.jifen.persistence.redemption.CatalogueItemRow;
import org.jifen.persistence.redemption.MerchantRow;
import org.jifen.persistence.redemption.RedemptionMapper;
import org.jifen.persistence.redemption.RedemptionRow;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * Redeems points, each redemption in its own transaction: lock the member row, replay a key
 * already used, check the balance (the sum of the ledger) covers the price, take the stock with a
 * conditional update, then record the redemption and its REDEMPTION ledger entry. Nothing is
 * written for a redemption that is refused; a balance never goes below zero.
 */
@Service
class RedemptionService {

    static final String CATEGORY = "兑换";

    private final RedemptionMapper redemptions;
    private final MemberMapper members;
    private final LedgerMapper ledger;
    private final VillageMapper villages;
    private final LedgerTransactions transactions;
    private final AuditLog audit;
    private final RedemptionFreezes freezes;

    RedemptionService(RedemptionMapper redemptions, MemberMapper members, LedgerMapper ledger, VillageMapper villages,
            LedgerTransactions transactions, AuditLog audit, RedemptionFreezes freezes) {
        this.freezes = freezes;
        this.redemptions = redemptions;
        this.members = members;
        this.ledger = ledger;
        this.villages = villages;
        this.transactions = transactions;
        this.audit = audit;
    }

    List<RedemptionResult> redeem(String villageId, RedemptionRequest request) {
        VillageRow village = village(villageId);
        ZoneId zone = zone(village);
        LocalDateTime now = LocalDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
        check(request, now);
        List<RedemptionResult> results = new ArrayList<>(request.redemptions().size());
        for (RedemptionInput input : request.redemptions()) {
            LocalDateTime at = input.occurredAt() == null ? now : input.occurredAt().truncatedTo(ChronoUnit.SECONDS);
            results.add(transactions.run(() -> one(village, input, at)));
        }
        return results;
    }

    private RedemptionResult one(VillageRow village, RedemptionInput in, LocalDateTime at) {
        String villageId = village.villageId();
        List<MemberRow> locked = members.lockForUpdate(villageId, List.of(in.memberId()));
        RedemptionRow existing = redemptions.findRedemption(villageId, in.key());
        if (existing != null) {
            return replay(existing, in);
        }
        if (locked.isEmpty()) {
            return RedemptionResult.refused(in.key(), Status.UNKNOWN_MEMBER, null, null,
                    "member " + in.memberId() + " is not registered in village " + villageId);
        }
        long balance = ledger.sumForMember(villageId, in.memberId());
        String frozen = freezes.refusal(villageId, locked.get(0), LocalDateTime.now(zone(village)).toLocalDate());
        if (frozen != null) {
            return RedemptionResult.refused(in.key(), Status.FROZEN, balance, null, frozen);
        }
        int price;
        String label;
        if (in.itemId() != null) {
            CatalogueItemRow item = redemptions.findItem(villageId, in.itemId());
            if (item == null) {
                return RedemptionResult.refused(in.key(), Status.UNKNOWN_ITEM, balance, null,
                        "item " + in.itemId() + " is not in the catalogue of village " + villageId);
            }
            price = Math.multiplyExact(item.price(), in.quantityOrOne());
            label = "兑换 " + item.name() + (in.quantityOrOne() > 1 ? " ×" + in.quantityOrOne() : "");
        } else {
            MerchantRow merchant = redemptions.findMerchant(in.merchantId());
            if (merchant == null) {
                return RedemptionResult.refused(in.key(), Status.UNKNOWN_MERCHANT, balance, null,
                        "merchant " + in.merchantId() + " does not exist");
            }
            if (village.region() == null || !village.region().startsWith(merchant.region())) {
                return RedemptionResult.refused(in.key(), Status.MERCHANT_NOT_IN_REGION, balance, in.points(),
                        "merchant " + merchant.name() + " serves " + merchant.region() + ", not village " + villageId
                                + " (" + village.region() + ")");
            }
            price = in.points();
            label = "兑换 " + merchant.name();
        }
        if (balance < price) {
            return RedemptionResult.refused(in.key(), Status.INSUFFICIENT_POINTS, balance, price,
                    "balance " + balance + " is less than the price " + price);
        }
        if (in.itemId() != null && redemptions.takeStock(villageId, in.itemId(), in.quantityOrOne()) == 0) {
            return RedemptionResult.refused(in.key(), Status.OUT_OF_STOCK, balance, price,
                    "item " + in.itemId() + " has fewer than " + in.quantityOrOne() + " left");
        }
        redemptions.insertRedemption(new RedemptionRow(villageId, in.key(), in.memberId(), in.itemId(),
                in.merchantId(), in.quantityOrOne(), price, Sha256.hex(in.content()), RedemptionRow.REDEEMED, null,
                null, null, null));
        ledger.insertAll(List.of(entry(villageId, locked.get(0), at, label, -price, LedgerKind.REDEMPTION, in.key(), null, null, null)));
        audit.record(villageId, AuditAction.REDEMPTION, "redemptions/" + in.key(), null, Sha256.hex(in.content()),
                "member " + in.memberId() + ": " + label + ", " + price + " 分");
        return new RedemptionResult(in.key(), Status.REDEEMED, price, balance - price, price, null);
    }

    private RedemptionResult replay(RedemptionRow existing, RedemptionInput in) {
        long balance = ledger.sumForMember(existing.villageId(), existing.memberId());
        if (!existing.contentHash().equals(Sha256.hex(in.content()))) {
            return RedemptionResult.refused(in.key(), Status.KEY_CONFLICT, null, null,
                    "key " + in.key() + " was already used for a different redemption");
        }
        return new RedemptionResult(in.key(), Status.REPLAYED, existing.points(), balance, existing.points(),
                RedemptionRow.CANCELLED.equals(existing.status()) ? "cancelled" : null);
    }

    /** Cancels a redemption once: its points come back (REDEMPTION_CANCEL) and so does the stock. */
    CancelView cancel(String villageId, String key, CancelRequest request) {
        VillageRow village = village(villageId);
        LocalDateTime now = LocalDateTime.now(zone(village)).truncatedTo(ChronoUnit.SECONDS);
        return transactions.run(() -> {
            RedemptionRow seen = redemptions.findRedemption(villageId, key);
            if (seen == null) {
                throw new NotFoundException("no redemption with key " + key + " in village " + villageId);
            }
            List<MemberRow> locked = members.lockForUpdate(villageId, List.of(seen.memberId()));
            RedemptionRow r = redemptions.lockRedemption(villageId, key);
            if (RedemptionRow.CANCELLED.equals(r.status())) {
                return new CancelView(key, r.memberId(), r.status(), r.points(),
                        ledger.sumForMember(villageId, r.memberId()), true);
            }
            redemptions.markCancelled(villageId, key, request.reason().strip(), request.operator().strip());
            Long entry = redemptions.ledgerEntryOf(villageId, LedgerKind.REDEMPTION, key);
            MemberRow member = locked.isEmpty() ? new MemberRow(villageId, r.memberId(), null, "", null) : locked.get(0);
            ledger.insertAll(List.of(entry(villageId, member, now, "取消兑换", r.points(), LedgerKind.REDEMPTION_CANCEL, key, entry,
                    request.operator().strip(), request.reason().strip())));
            if (r.itemId() != null) {
                redemptions.returnStock(villageId, r.itemId(), r.quantity());
            }
            audit.record(villageId, AuditAction.REDEMPTION_CANCEL, "redemptions/" + key,
                    "member " + r.memberId() + ": " + r.points() + " 分 returned by " + request.operator().strip()
                            + ": " + request.reason().strip());
            return new CancelView(key, r.memberId(), RedemptionRow.CANCELLED, r.points(),
                    ledger.sumForMember(villageId, r.memberId()), false);
        });
    }

    static LedgerRow entry(String villageId, MemberRow member, LocalDateTime at, String label, int points, LedgerKind kind,
            String sourceId, Long reverses, String operator, String reason) {
        return new LedgerRow(villageId, null, member.memberId(), member.householdId(), null, 0, null, at, label,
                CATEGORY, points, points, null, kind, sourceId, reverses, operator, reason, null);
    }

    private static void check(RedemptionRequest request, LocalDateTime now) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < request.redemptions().size(); i++) {
            RedemptionInput in = request.redemptions().get(i);
            String at = "redemptions[" + i + "].";
            if (!keys.add(in.key())) {
                throw new InvalidFieldException(at + "key", "key " + in.key() + " appears more than once in this request");
            }
            if ((in.itemId() == null) == (in.merchantId() == null)) {
                throw new InvalidFieldException(at + "itemId", "give either itemId (the points supermarket) or merchantId");
            }
            if (in.merchantId() != null && in.points() == null) {
                throw new InvalidFieldException(at + "points", "a redemption at a merchant needs the points it costs");
            }
            if (in.itemId() != null && in.points() != null) {
                throw new InvalidFieldException(at + "points", "an item's points come from the catalogue: leave points out");
            }
            if (in.merchantId() != null && in.quantity() != null) {
                throw new InvalidFieldException(at + "quantity", "a redemption at a merchant has points, not a quantity");
            }
            if (in.occurredAt() != null && (in.occurredAt().isAfter(now.plusMinutes(5))
                    || in.occurredAt().getYear() < 2000)) {
                throw new InvalidFieldException(at + "occurredAt", "must be a time since 2000 and not in the future");
            }
        }
    }

    private VillageRow village(String villageId) {
        VillageRow village = KnownVillages.require(villages, villageId);
        return village;
    }

    static ZoneId zone(VillageRow village) {
        return ZoneId.of(village.timezone() == null ? "Asia/Shanghai" : village.timezone());
    }
}
