package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.test.context.TestPropertySource;

/**
 * A household cap (整户上限) under contention: 32 concurrent single-evidence requests split over the
 * four members of one household credit exactly the household's 4 per month, every request answered
 * 200; a member of another household is not bounded by it. The village may run 8 batches at once
 * (by default a 2-core machine runs one batch of a village at a time, and no race would happen).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"jifen.evaluation.threads=8", "jifen.evaluation.village-threads=8"})
class HouseholdCapRaceTest extends VillagePolicyTest {

    private static final int THREADS = 32;

    private static final String RULES = """
            package village.households;

            rule "门前三包" @category("人居环境") @maxTimes("4/MONTH/户")
            when $e : Evidence( type == "FRONT_DOOR", approved ) then award.grant($e, 2, "门前三包"); end
            """;

    private String village;

    @BeforeAll
    void publishVillage() {
        village = unique("household");
        publishVillage(village, RULES, "");
    }

    @Test
    void householdCapHoldsAcrossMembers() throws Exception {
        String household = unique("hh");
        List<String> members = new ArrayList<>();
        for (int m = 0; m < 4; m++) {
            String member = unique("hm" + m);
            members.add(member);
            Response response = put(memberPath(village, member), Map.of("householdId", household,
                    "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
        }
        String prefix = unique("fd");
        List<ObjectNode> evidence = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            evidence.add(frontDoor(prefix + "-" + i, members.get(i % members.size()), i));
        }
        SimultaneousPosts.allCredited(evidence, one -> post(evaluations(village), batch(false, one)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND household_id = ?",
                Long.class, village, household)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT SUM(points) FROM ledger WHERE village_id = ? AND household_id = ?",
                Long.class, village, household)).isEqualTo(8);

        String other = unique("other");
        register(village, other);
        Response alone = post(evaluations(village), batch(false, frontDoor(prefix + "-other", other, 1)));
        assertThat(alone.body().path("results").get(0).path("awards").get(0).path("points").asInt())
                .as(alone.raw()).isEqualTo(2);
    }

    private static ObjectNode frontDoor(String id, String member, int i) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", id).put("type", "FRONT_DOOR").put("memberId", member)
                .put("occurredAt", "2026-11-%02dT%02d:%02d".formatted(2 + i % 20, 8 + i % 10, i % 60))
                .put("status", "APPROVED");
        return evidence;
    }
}
