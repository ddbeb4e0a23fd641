package org.jifen.api.freeze;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.jifen.persistence.freeze.FreezeRow;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Suspending (暂停兑换), showing and lifting redemption freezes of members and households. */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}")
class FreezeController {

    private final FreezeService service;

    FreezeController(FreezeService service) {
        this.service = service;
    }

    @Operation(summary = "Suspend a member's redemptions until a day, with a reason")
    @PutMapping("/members/{member}/redemption-freeze")
    FreezeView freezeMember(@PathVariable String village, @PathVariable String member,
            @Valid @RequestBody FreezeRequest request) {
        return service.freeze(village, FreezeRow.MEMBER, member, request);
    }

    @Operation(summary = "Suspend a household's redemptions until a day, with a reason")
    @PutMapping("/households/{household}/redemption-freeze")
    FreezeView freezeHousehold(@PathVariable String village, @PathVariable String household,
            @Valid @RequestBody FreezeRequest request) {
        return service.freeze(village, FreezeRow.HOUSEHOLD, household, request);
    }

    @Operation(summary = "A member's redemption freeze (404 when there is none)")
    @GetMapping("/members/{member}/redemption-freeze")
    FreezeView memberFreeze(@PathVariable String village, @PathVariable String member) {
        return service.find(village, FreezeRow.MEMBER, member);
    }

    @Operation(summary = "A household's redemption freeze (404 when there is none)")
    @GetMapping("/households/{household}/redemption-freeze")
    FreezeView householdFreeze(@PathVariable String village, @PathVariable String household) {
        return service.find(village, FreezeRow.HOUSEHOLD, household);
    }

    @Operation(summary = "Lift a member's redemption freeze")
    @DeleteMapping("/members/{member}/redemption-freeze")
    ResponseEntity<Void> liftMember(@PathVariable String village, @PathVariable String member) {
        service.lift(village, FreezeRow.MEMBER, member);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Lift a household's redemption freeze")
    @DeleteMapping("/households/{household}/redemption-freeze")
    ResponseEntity<Void> liftHousehold(@PathVariable String village, @PathVariable String household) {
        service.lift(village, FreezeRow.HOUSEHOLD, household);
        return ResponseEntity.noContent().build();
    }
}
