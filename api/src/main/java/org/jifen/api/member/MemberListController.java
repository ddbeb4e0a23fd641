package org.jifen.api.member;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jifen.api.village.KnownVillages;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.persistence.village.VillageMapper;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The members of a village by name, with their balances: the console's members list and member pickers. */
@RestController
@Validated
class MemberListController {

    private final MemberMapper members;
    private final VillageMapper villages;

    MemberListController(MemberMapper members, VillageMapper villages) {
        this.members = members;
        this.villages = villages;
    }

    /** Members whose name (or id) contains {@code q}; all when it is left out. */
    @GetMapping("/api/v1/villages/{village}/members")
    MemberListPage list(@PathVariable String village,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        KnownVillages.require(villages, village);
        String text = q == null || q.isBlank() ? null : like(q.strip());
        var items = members.search(village, text, page * size, size).stream().map(MemberSummary::of).toList();
        return new MemberListPage(items, page, size, members.countSearch(village, text));
    }

    /** The text with LIKE's wildcards and escape character taken literally. */
    static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
