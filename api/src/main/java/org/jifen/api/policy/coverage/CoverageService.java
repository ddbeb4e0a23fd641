package org.jifen.api.policy.coverage;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.policy.PolicyRuns;
import org.jifen.api.policy.PolicyTimes;
import org.jifen.api.policy.version.VersionService;
import org.jifen.api.policy.PolicyFiles;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.cases.CaseCoverage;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.jifen.persistence.coverage.CoverageMapper;
import org.jifen.persistence.coverage.RuleFiring;
import org.jifen.persistence.policy.PolicyVersionMapper;
import org.jifen.persistence.policy.PolicyVersionRow;
import org.jifen.persistence.village.VillageRow;
import org.springframework.stereotype.Service;

/**
 * Coverage of the version in effect: its rules' firings over its sample cases (a case run: one per
 * village at a time, within its time limit, see {@link PolicyRuns}) and over the recent ledger.
 */
@Service
class CoverageService {

    static final int MAX_DAYS = 366;

    private final VersionService versions;
    private final PolicyVersionMapper versionRows;
    private final PolicyRegistry registry;
    private final CoverageMapper coverage;
    private final PolicyRuns runs;

    CoverageService(VersionService versions, PolicyVersionMapper versionRows, PolicyRegistry registry,
            CoverageMapper coverage, PolicyRuns runs) {
        this.runs = runs;
        this.versions = versions;
        this.versionRows = versionRows;
        this.registry = registry;
        this.coverage = coverage;
    }

    CoverageView of(String villageId, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidFieldException("days", "a number of days from 1 to " + MAX_DAYS + ", got " + days);
        }
        VillageRow village = versions.village(villageId);
        PolicyVersionRow active = versionRows.findActive(villageId, LocalDateTime.now());
        if (active == null) {
            throw new NotFoundException("village " + villageId + " has no policy in effect yet; publish its draft");
        }
        PolicySource source = new PolicySource(villageId, PolicyFiles.fromJson(active.files()));
        CompiledPolicy cached = registry.active(villageId).filter(p -> p.version() == active.version()).orElse(null);
        CompiledPolicy policy = cached != null ? cached : new PolicyCompiler().compile(source, active.version());
        List<CaseCoverage.RuleCoverage> cases;
        try (PolicyRuns.Slot slot = runs.start(villageId, "覆盖率统计")) {
            cases = CaseCoverage.of(runs.bounded(policy), source.caseFiles());
        } finally {
            if (cached == null) {
                policy.close();
            }
        }
        ZoneId zone = PolicyTimes.zone(village.timezone());
        LocalDateTime since = LocalDateTime.now(zone).minusDays(days).withNano(0);
        Map<String, RuleFiring> ledger = coverage.ruleFirings(villageId, since).stream()
                .collect(Collectors.toMap(RuleFiring::ruleName, Function.identity(), (a, b) -> a));
        List<CoverageView.RuleView> rules = cases.stream().map(c -> {
            RuleFiring firing = ledger.get(c.rule());
            return new CoverageView.RuleView(c.rule(), c.file(), c.line(), c.category(), c.fired(),
                    firing == null ? 0 : firing.awards(), firing == null ? 0 : firing.points(),
                    firing == null || firing.lastOccurredAt() == null ? null : firing.lastOccurredAt().toString());
        }).toList();
        return new CoverageView(villageId, active.version(), days, since.toString(), rules.size(), rules,
                rules.stream().filter(r -> r.firedInCases() == 0).map(CoverageView.RuleView::rule).toList(),
                rules.stream().filter(r -> r.ledgerAwards() == 0).map(CoverageView.RuleView::rule).toList());
    }
}
