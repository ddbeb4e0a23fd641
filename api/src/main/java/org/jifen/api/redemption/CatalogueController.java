package org.jifen.api.redemption;

import org.jifen.api.village.KnownVillages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.jifen.api.audit.AuditAction;
import org.jifen.api.audit.AuditLog;
import org.jifen.persistence.redemption.CatalogueItemRow;
import org.jifen.persistence.redemption.MerchantRow;
import org.jifen.persistence.redemption.RedemptionMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The points supermarket's catalogue (per village) and the partner merchants (per region). */
@RestController
@Validated
class CatalogueController {

    static final String ID = "[\\p{L}\\p{N}_.:@-]{1,64}";
    static final String ID_MESSAGE = "must be 1 to 64 letters, digits or _ . : @ -";

    private final RedemptionMapper redemptions;
    private final VillageMapper villages;
    private final AuditLog audit;

    CatalogueController(RedemptionMapper redemptions, VillageMapper villages, AuditLog audit) {
        this.redemptions = redemptions;
        this.villages = villages;
        this.audit = audit;
    }

    @PutMapping("/api/v1/villages/{village}/catalogue/{item}")
    @Transactional
    CatalogueItemRow putItem(@PathVariable String village,
            @PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String item, @Valid @RequestBody ItemRequest request) {
        KnownVillages.require(villages, village);
        CatalogueItemRow before = redemptions.findItem(village, item);
        CatalogueItemRow after = new CatalogueItemRow(village, item, request.name().strip(), request.price(),
                request.stock());
        if (!after.equals(before)) {
            redemptions.upsertItem(after);
            audit.record(village, AuditAction.CATALOGUE_CHANGE, "catalogue/" + item, (before == null ? "added: "
                    : "was " + before.name() + " " + before.price() + " 分, stock " + before.stock() + "; now: ")
                    + after.name() + " " + after.price() + " 分, stock " + after.stock());
        }
        return after;
    }

    @GetMapping("/api/v1/villages/{village}/catalogue")
    List<CatalogueItemRow> catalogue(@PathVariable String village) {
        KnownVillages.require(villages, village);
        return redemptions.items(village);
    }

    @PutMapping("/api/v1/merchants/{merchant}")
    @Transactional
    MerchantRow putMerchant(@PathVariable @Pattern(regexp = ID, message = ID_MESSAGE) String merchant,
            @Valid @RequestBody MerchantRequest request) {
        MerchantRow before = redemptions.findMerchant(merchant);
        MerchantRow after = new MerchantRow(merchant, request.name().strip(), request.region().strip());
        if (!after.equals(before)) {
            redemptions.upsertMerchant(after);
            audit.record(null, AuditAction.CATALOGUE_CHANGE, "merchants/" + merchant,
                    (before == null ? "added: " : "now: ") + after.name() + ", region " + after.region());
        }
        return after;
    }

    /** Merchants, optionally only those whose region starts with {@code region}. */
    @GetMapping("/api/v1/merchants")
    List<MerchantRow> merchants(@RequestParam(required = false) String region) {
        return redemptions.merchants(region == null || region.isBlank() ? null : region.strip());
    }
}
