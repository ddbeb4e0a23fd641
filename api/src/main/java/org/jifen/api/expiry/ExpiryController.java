package org.jifen.api.expiry;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Runs expiry by hand for a day (the nightly {@link ExpiryJob} does the same for yesterday). */
@RestController
class ExpiryController {

    private final ExpiryService service;

    ExpiryController(ExpiryService service) {
        this.service = service;
    }

    @PostMapping("/api/v1/villages/{village}/expiry/run")
    ExpiryRun run(@PathVariable String village, @Valid @RequestBody ExpiryRequest request) {
        return service.run(village, request.date());
    }
}
