package org.jifen.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deterministic workload: {@code members} members, each with its own ordered sequence of
 * evidence (fixed ids, times increasing by 10 hours, so about 17 a week and each cap is reached
 * every week). Rules see only their own member and every cap is per member, so the awards depend
 * only on each member's order, never on how members interleave: the result is the same however
 * requests are spread over threads and instances, as long as each member's evidence is sent (and
 * retried) in order.
 */
record Workload(String idPrefix, List<String> members, List<List<ObjectNode>> evidence) {

    static final LocalDateTime START = LocalDateTime.of(2025, 1, 6, 8, 0); // a Monday, well in the past

    /** About {@code total} evidence over {@code memberCount} members. */
    static Workload of(String idPrefix, int total, int memberCount) {
        int perMember = Math.max(1, total / memberCount);
        List<String> members = new ArrayList<>();
        List<List<ObjectNode>> evidence = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            String member = "村民-%04d".formatted(m);
            members.add(member);
            List<ObjectNode> sequence = new ArrayList<>(perMember);
            for (int k = 0; k < perMember; k++) {
                sequence.add(evidence(idPrefix + "-%04d-%05d".formatted(m, k), member, m, k));
            }
            evidence.add(sequence);
        }
        return new Workload(idPrefix, List.copyOf(members), List.copyOf(evidence));
    }

    private static ObjectNode evidence(String id, String member, int m, int k) {
        String[] types = {"PATROL", "CLEANING", "VOLUNTEER", "PATROL", "CLEANING", "LITTERING", "VOLUNTEER", "CLEANING"};
        ObjectNode node = Http.JSON.createObjectNode();
        node.put("id", id).put("type", types[(m + k * 3) % types.length]).put("memberId", member)
                .put("occurredAt", START.plusHours(10L * k + m % 5).toString()).put("status", "APPROVED")
                .put("minutes", 30 * ((m + k) % 4)).put("quantity", 1 + (m * 7 + k) % 4);
        node.putObject("attrs").put("备注", "故障测试 " + k);
        return node;
    }

    int size() {
        return evidence.stream().mapToInt(List::size).sum();
    }

    /** Registers every member in {@code village} (one household each: no cap spans members). */
    void register(Http http, String village) {
        for (String member : members) {
            Map<String, Object> body = Map.of("householdId", "户-" + member, "roles", List.of("RESIDENT"));
            Http.Response response;
            try {
                response = http.send("PUT", "/api/v1/villages/" + village + "/members/" + Http.seg(member),
                        "application/json", Http.JSON.writeValueAsString(body));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (response.status() != 200 && response.status() != 201) {
                throw new IllegalStateException("cannot register " + member + ": " + response.raw());
            }
        }
    }
}
