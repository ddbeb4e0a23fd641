package org.jifen.api.village;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jifen.persistence.policy.PolicyVersionMapper;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jifen.api.policy.PolicyRegistry;
import org.jifen.api.web.InvalidFieldException;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.RuleSpec;
import org.jifen.persistence.village.VillageMapper;
import org.jifen.persistence.village.VillageRow;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The villages this service knows and their active policies. */
@RestController
@RequestMapping("/api/v1/villages")
class VillageController {

    /** A village id: lower-case ASCII letters, digits and '-', as in {@code rules/<village-id>/}. */
    private static final Pattern VILLAGE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final VillageMapper villages;
    private final PolicyRegistry registry;
    private final PolicyVersionMapper versions;
    private final VillageRenamer renamer;

    VillageController(VillageMapper villages, PolicyRegistry registry, VillageRenamer renamer,
            PolicyVersionMapper versions) {
        this.villages = villages;
        this.versions = versions;
        this.registry = registry;
        this.renamer = renamer;
    }

    /** Lists villages without compiling any policy: versions come from the cache or, else, from the database. */
    @GetMapping
    List<VillageView> list() {
        Map<String, Integer> stored = new HashMap<>();
        versions.findLatestHeaders().forEach(h -> stored.put(h.villageId(), h.version()));
        return villages.findAll().stream().map(row -> {
            OptionalInt cached = registry.cachedVersion(row.villageId());
            return new VillageView(row.villageId(), row.name(), row.region(), row.timezone(),
                    cached.isPresent() ? Integer.valueOf(cached.getAsInt()) : stored.get(row.villageId()), null, null);
        }).toList();
    }

    @GetMapping("/{village}")
    VillageView get(@PathVariable String village) {
        VillageRow row = KnownVillages.require(villages, village);
        return view(row, true);
    }

    /**
     * Creates a village (201) or renames it (200). A village with a policy is renamed through a new
     * policy version whose village.yaml carries the new name, region and time zone. Only an ADMIN
     * key may change the region or time zone (403 naming the field; see VillageIdentity).
     */
    @PutMapping("/{village}")
    ResponseEntity<VillageView> put(@PathVariable String village, @Valid @RequestBody VillageRequest request) {
        if (!VILLAGE_ID.matcher(village).matches()) {
            throw new InvalidFieldException("village", "a village id is 1 to 63 lower-case ASCII letters, digits "
                    + "and '-', starting with a letter or digit; got " + village);
        }
        String timezone = request.timezone() == null || request.timezone().isBlank() ? null : request.timezone().strip();
        if (timezone != null) {
            try {
                timezone = ZoneId.of(timezone).getId();
            } catch (DateTimeException e) {
                throw new InvalidFieldException("timezone", "unknown time zone " + timezone + ", e.g. Asia/Shanghai");
            }
        }
        String region = request.region() == null ? null : request.region().strip();
        VillageRenamer.Outcome outcome = renamer.put(village, request.name().strip(), region, timezone,
                request.author());
        VillageView view = view(villages.findById(village), false);
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/villages/" + village)).body(view)
                : ResponseEntity.ok(view);
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
