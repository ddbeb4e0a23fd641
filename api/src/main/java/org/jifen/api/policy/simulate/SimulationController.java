package org.jifen.api.policy.simulate;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.persistence.member.MemberMapper;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PolicyRuns;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/villages/{village}/policy/draft/simulate?from=…&to=…}: what the draft would
 * have credited over the window, next to the active version, replaying stored evidence. Writes
 * nothing, and does not start a draft: a village without draft files is simulated against its live
 * policy (no changes). 404 for an unknown village, 400 for a bad window, 422 with the problems
 * (file, line) when the draft does not compile, 429 while another simulation, test or publish of
 * the village runs ({@link PolicyRuns}), 503 when too many simulations run.
 */
@RestController
@RequestMapping("/api/v1/villages/{village}/policy/draft")
class SimulationController {

    private final PolicyRegistry registry;
    private final DraftBundles drafts;
    private final PolicySimulator simulator;
    private final PolicyRuns runs;
    private final MemberMapper members;

    SimulationController(PolicyRegistry registry, DraftBundles drafts, PolicySimulator simulator, PolicyRuns runs,
            MemberMapper members) {
        this.runs = runs;
        this.members = members;
        this.registry = registry;
        this.drafts = drafts;
        this.simulator = simulator;
    }

    @Operation(summary = "Replay the village's stored evidence in [from, to) through the draft and the active version; writes nothing")
    @PostMapping("/simulate")
    SimulationReport simulate(@PathVariable String village, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        CompiledPolicy active = registry.active(village)
                .orElseThrow(() -> new NotFoundException("village " + village + " does not exist or has no policy"));
        SimulationWindow window = SimulationWindow.parse(from, to, active.config().timezone());
        SimulationReport report;
        try (PolicyRuns.Slot slot = runs.start(village, "模拟")) {
            report = simulate(village, active, window);
        }
        Map<String, String> names = new HashMap<>();
        members.findByIds(village, report.members().rows().stream().map(SimulationReport.MemberPoints::memberId)
                .toList()).stream().filter(m -> m.name() != null).forEach(m -> names.put(m.memberId(), m.name()));
        return report.withNames(names);
    }

    private SimulationReport simulate(String village, CompiledPolicy active, SimulationWindow window) {
        PolicySource draft = drafts.draft(village).orElse(null);
        if (draft == null) {
            // no draft files: the draft is the live policy, so nothing changes (and no draft is started)
            return simulator.simulate(village, active, active, window.from(), window.to());
        }
        CompiledPolicy candidate = new PolicyCompiler().compile(draft, 0);
        try {
            if (!village.equals(candidate.villageId())) {
                throw new PolicyException(List.of(Problem.error(PolicySource.VILLAGE_FILE, 1, 0, "the draft's id is "
                        + candidate.villageId() + " but it is the draft of village " + village)));
            }
            return simulator.simulate(village, active, candidate, window.from(), window.to());
        } finally {
            candidate.close();
        }
    }

    @ExceptionHandler(PolicyException.class)
    ResponseEntity<ProblemDetail> draftDoesNotCompile(PolicyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "the draft does not compile: " + e.problems().size() + " problem(s), first "
                        + (e.problems().isEmpty() ? "unknown" : e.problems().get(0).toString()));
        problem.setTitle("Draft does not compile");
        problem.setType(URI.create("https://jifen.org/problems/draft-does-not-compile"));
        problem.setProperty("problems", e.problems().stream().map(ProblemView::of).toList());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    /** A problem of the draft, as the validate endpoint reports it. */
    record ProblemView(String file, int line, int column, String severity, String message) {

        static ProblemView of(Problem p) {
            return new ProblemView(p.file(), p.line(), p.column(), p.severity().name(), p.message());
        }
    }

    @ExceptionHandler(PolicySimulator.SimulationBusyException.class)
    ResponseEntity<ProblemDetail> busy(PolicySimulator.SimulationBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Service unavailable");
        problem.setType(URI.create("https://jifen.org/problems/service-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
