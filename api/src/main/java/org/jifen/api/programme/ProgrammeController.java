package org.jifen.api.programme;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Running a period-end programme (评星). */
@RestController
@Validated
@RequestMapping("/api/v1/villages/{village}/programmes")
class ProgrammeController {

    private final ProgrammeService service;

    ProgrammeController(ProgrammeService service) {
        this.service = service;
    }

    @Operation(summary = "Run the programme rules of a period (2026-Q1 …) over the standings; once per rule and period")
    @PostMapping("/{period}/run")
    ProgrammeRunView run(@PathVariable String village, @PathVariable String period,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        return service.run(village, period, dryRun);
    }
}
