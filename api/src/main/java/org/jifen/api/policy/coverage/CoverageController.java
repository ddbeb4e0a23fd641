package org.jifen.api.policy.coverage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/villages/{village}/policy/coverage?days=30}: which rules fired, and which never did. */
@RestController
@RequestMapping("/api/v1/villages/{village}/policy/coverage")
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping
    CoverageView get(@PathVariable String village, @RequestParam(defaultValue = "30") int days) {
        return coverage.of(village, days);
    }
}
