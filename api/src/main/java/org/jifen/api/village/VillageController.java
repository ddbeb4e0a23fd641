package org.jifen.api.village;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.web.NotFoundException;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.RuleSpec;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The villages this service knows and their active policies. */
@RestController
@RequestMapping("/api/v1/villages")
class VillageController {

    private final VillageMapper villages;
    private final PolicyRegistry registry;

    VillageController(VillageMapper villages, PolicyRegistry registry) {
        this.villages = villages;
        this.registry = registry;
    }

    @GetMapping
    List<VillageView> list() {
        return villages.findAll().stream().map(row -> view(row, false)).toList();
    }

    @GetMapping("/{village}")
    VillageView get(@PathVariable String village) {
        VillageRow row = villages.findById(village);
        if (row == null) {
            throw new NotFoundException("village " + village + " does not exist");
        }
        return view(row, true);
    }

    private VillageView view(VillageRow row, boolean withRules) {
        CompiledPolicy policy = registry.active(row.villageId()).orElse(null);
        List<VillageView.RuleView> rules = policy == null || !withRules ? null : policy.rules().values().stream()
                .sorted(Comparator.comparing(RuleSpec::file).thenComparingInt(RuleSpec::line))
                .map(r -> new VillageView.RuleView(r.name(), r.category(), Objects.toString(r.maxTimes(), null),
                        Objects.toString(r.maxPoints(), null), r.file(), r.line()))
                .toList();
        return new VillageView(row.villageId(), row.name(), row.region(), row.timezone(),
                policy == null ? null : policy.version(), policy == null ? null : policy.rules().size(), rules);
    }
}
