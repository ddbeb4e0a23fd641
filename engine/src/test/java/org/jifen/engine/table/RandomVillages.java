package org.jifen.engine.table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jifen.engine.policy.PolicySource;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/** Generated list-only villages and evidence, for comparing the shared rule base with compiled lists. */
final class RandomVillages {

    static final String[] TYPES = {"PATROL", "MEETING", "GARBAGE_SORTING", "VOLUNTEER", "LITTERING", "ELDER_CARE",
        "RIVER_CLEANING", "TRAINING"};
    static final String[] CATEGORIES = {"善治", "平安", "人居环境", "志愿", "扣分"};
    static final String[] ROLES = {"RESIDENT", "PARTY_MEMBER", "GRID_WORKER"};
    static final String[] PERIODS = {"DAY", "WEEK", "MONTH", "YEAR"};
    static final String[] STATUSES = {Evidence.APPROVED, Evidence.APPROVED, Evidence.APPROVED, Evidence.PENDING,
        Evidence.REJECTED};

    private RandomVillages() {
    }

    /** A village with 3 to 24 random items (types repeat, so some evidence earns under two items). */
    static PolicySource village(String id, Random random) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nname: 随机村" + id + "\ncaps:\n");
        for (String category : CATEGORIES) {
            if (random.nextInt(3) == 0) {
                yaml.append("  ").append(category).append(": ").append(5 + random.nextInt(30)).append('/')
                        .append(PERIODS[1 + random.nextInt(3)]).append('\n');
            }
        }
        StringBuilder csv = new StringBuilder("item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes\n");
        int items = 3 + random.nextInt(22);
        for (int i = 0; i < items; i++) {
            int points = random.nextInt(5) == 0 ? -(1 + random.nextInt(10)) : 1 + random.nextInt(10);
            csv.append("项目").append(i).append(',').append(TYPES[random.nextInt(TYPES.length)]).append(',')
                    .append(points).append(',').append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(',')
                    .append(random.nextInt(3) == 0 ? (1 + random.nextInt(4)) + "/" + PERIODS[random.nextInt(4)] : "")
                    .append(',')
                    .append(random.nextInt(4) == 0 ? (2 + random.nextInt(20)) + "/" + PERIODS[random.nextInt(4)] : "")
                    .append(',').append(random.nextInt(5) == 0 ? ROLES[1 + random.nextInt(2)] : "").append(',')
                    .append(random.nextInt(4) == 0 ? "false" : "").append(',')
                    .append(random.nextInt(4) == 0 ? 30 * (1 + random.nextInt(3)) : "").append('\n');
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PolicySource.VILLAGE_FILE, yaml.toString());
        files.put(PolicySource.POINTS_LIST_FILE, csv.toString());
        return new PolicySource(id, files);
    }

    static Member member(Random random) {
        Set<String> roles = random.nextBoolean() ? Set.of("RESIDENT") : Set.of("RESIDENT", ROLES[1 + random.nextInt(2)]);
        return new Member("m" + random.nextInt(3), "h1", roles, null);
    }

    /** {@code n} evidence in time order over about two months. */
    static List<Evidence> evidence(int n, Random random) {
        List<Evidence> evidence = new ArrayList<>();
        LocalDateTime at = LocalDateTime.of(2026, 10, 20, 8, 0);
        for (int i = 0; i < n; i++) {
            at = at.plusMinutes(30 + random.nextInt(60 * 30));
            evidence.add(new Evidence("e" + i, TYPES[random.nextInt(TYPES.length)], "m1", null, at,
                    random.nextInt(4) * 30, 1, 0, STATUSES[random.nextInt(STATUSES.length)], Map.of()));
        }
        return evidence;
    }
}
