package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Evidence with several participants (参与人) through the evaluate API, the review and reversals: each
 * participant is evaluated and credited as that member with their role; the submitter only if listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantsApiTest extends VillagePolicyTest {

    private static final String RULES = """
            package village.participants;

            rule "调解纠纷成功 调解员" @category("善治")
            when $e : Evidence( type == "DISPUTE_SETTLED", approved, participantRole == "调解员" )
            then award.grant($e, 5, "调解纠纷成功"); end

            rule "纠纷当事人 握手言和" @category("善治")
            when $e : Evidence( type == "DISPUTE_SETTLED", approved, participantRole == "当事人" )
            then award.grant($e, 2, "握手言和"); end

            rule "参加志愿服务" @category("志愿服务") @maxTimes("3/MONTH/户")
            when $e : Evidence( type == "VOLUNTEER_EVENT", approved, participantRole == "参与者" )
            then award.grant($e, 2, "参加志愿服务"); end
            """;

    private String village;
    private String otherVillage;

    @BeforeAll
    void publish() {
        village = unique("canyu");
        otherVillage = unique("canyu-other");
        publishVillage(village, RULES, "settings:\n  review.secondReviewerAbove: \"100\"\n");
        publishVillage(otherVillage, RULES, "");
    }

    @Test
    void theMediatorAndBothPartiesEachEarnTheirRolesPointsOnceAndARepeatWritesNothing() {
        String mediator = member("med");
        String a = member("a");
        String b = member("b");
        String submitter = member("head");
        String id = unique("dispute");
        ObjectNode evidence = evidence(id, "DISPUTE_SETTLED", submitter, "APPROVED",
                mediator, "调解员", a, "当事人", b, "当事人");

        JsonNode result = submit(evidence);

        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREDITED");
        assertThat(result.path("awards")).extracting(w -> w.path("memberId").asText() + ":" + w.path("points").asInt())
                .containsExactly(mediator + ":5", a + ":2", b + ":2");
        assertThat(ledgerSum(village, mediator)).isEqualTo(5);
        assertThat(ledgerSum(village, a)).isEqualTo(2);
        assertThat(ledgerSum(village, b)).isEqualTo(2);
        assertThat(ledgerRows(village, submitter)).as("the submitter is not listed").isZero();
        assertThat(jdbc.queryForList("SELECT CONCAT(member_id, '|', household_id, '|', award_seq) FROM ledger"
                + " WHERE village_id = ? AND evidence_id = ? ORDER BY award_seq", String.class, village, id))
                .containsExactly(mediator + "|h-" + mediator + "|0", a + "|h-" + a + "|1", b + "|h-" + b + "|2");

        JsonNode replay = submit(evidence);
        assertThat(replay.path("replayed").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.path("awards")).hasSize(3);
        assertThat(ledgerOfEvidence(id)).isEqualTo(3);

        Response conflict = post(evaluations(village), batch(false, evidence(id, "DISPUTE_SETTLED", submitter,
                "APPROVED", mediator, "调解员", a, "当事人")));
        assertThat(conflict.status()).as(conflict.raw()).isEqualTo(409);
        assertThat(conflict.body().path("results").get(0).path("status").asText()).isEqualTo("CONFLICT");
        assertThat(ledgerOfEvidence(id)).isEqualTo(3);
    }

    @Test
    void anUnregisteredParticipantIsReportedAndTheOthersCredited() {
        String mediator = member("med");
        String a = member("a");
        String ghost = unique("ghost");
        String elsewhere = unique("elsewhere"); // a member of another village: simply unregistered here
        register(otherVillage, elsewhere);
        String id = unique("dispute");

        ObjectNode evidence = evidence(id, "DISPUTE_SETTLED", mediator, "APPROVED",
                mediator, "调解员", ghost, "当事人", a, "当事人", elsewhere, "当事人");
        Response dry = post(evaluations(village), batch(true, evidence));
        assertThat(dry.body().path("results").get(0).path("status").asText()).as(dry.raw()).isEqualTo("DRY_RUN");
        assertThat(dry.body().path("results").get(0).path("awards")).hasSize(2);
        assertThat(ledgerOfEvidence(id) + evidenceRows(village, id)).as("a dry run writes nothing").isZero();

        JsonNode result = submit(evidence);

        assertThat(result.path("status").asText()).as(result.toString()).isEqualTo("CREDITED");
        assertThat(result.path("unregistered")).extracting(JsonNode::asText).containsExactly(ghost, elsewhere);
        assertThat(result.path("problems").toString()).contains("参与人 " + ghost + " 不是本村登记的村民");
        assertThat(result.path("awards")).extracting(w -> w.path("memberId").asText()).containsExactly(mediator, a);
        assertThat(ledgerSum(village, mediator)).isEqualTo(5);
        assertThat(ledgerSum(village, a)).isEqualTo(2);
        assertThat(ledgerRows(village, ghost) + ledgerRows(village, elsewhere) + ledgerRows(otherVillage, elsewhere))
                .isZero();
    }

    @Test
    void aHouseholdCapIsSharedByParticipantsOfOneHouseholdWithinAndAcrossEvidence() {
        String household = unique("hh");
        String x = member("x", household);
        String y = member("y", household);
        String z = member("z"); // another household: not bounded by hh's cap
        JsonNode first = submit(evidence(unique("vol"), "VOLUNTEER_EVENT", x, "APPROVED",
                x, "参与者", y, "参与者", z, "参与者"));
        assertThat(first.path("awards")).extracting(w -> w.path("points").asInt()).containsExactly(2, 2, 2);

        JsonNode second = submit(evidence(unique("vol"), "VOLUNTEER_EVENT", x, "APPROVED",
                y, "参与者", x, "参与者", z, "参与者"));

        assertThat(second.path("awards")).extracting(w -> w.path("memberId").asText() + ":" + w.path("points").asInt()
                + ":" + w.path("capped").asBoolean()).containsExactly(y + ":2:false", x + ":0:true", z + ":2:false");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND household_id = ?",
                Long.class, village, household)).as("3/MONTH/户").isEqualTo(3);
        assertThat(ledgerSum(village, x) + ledgerSum(village, y)).isEqualTo(6);
        assertThat(ledgerSum(village, z)).isEqualTo(4);
    }

    @Test
    void pendingEvidenceIsReviewedOnceAndApprovalCreditsEveryParticipantOnceThenReversalReversesAll() {
        String mediator = member("med");
        String a = member("a");
        String b = member("b");
        String id = unique("dispute");
        JsonNode result = submit(evidence(id, "DISPUTE_SETTLED", mediator, "PENDING",
                mediator, "调解员", a, "当事人", b, "当事人"));
        assertThat(result.path("awards")).isEmpty();
        assertThat(result.path("provisionalAwards")).extracting(w -> w.path("memberId").asText() + ":"
                + w.path("points").asInt()).containsExactly(mediator + ":5", a + ":2", b + ":2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_items WHERE village_id = ? AND evidence_id = ?",
                Long.class, village, id)).isEqualTo(1);
        assertThat(ledgerOfEvidence(id)).isZero();

        Response party = review(a, id, "APPROVED");
        assertThat(party.status()).as("a participant may not review: " + party.raw()).isEqualTo(422);
        String mate = member("mate", "h-" + b);
        String mateKey = createKey(Map.of("name", "审核 邻居", "holder", "邻居", "role", "REVIEWER",
                "villages", List.of(village), "memberId", mate));
        Response housemate = as(mateKey).post("/api/v1/villages/" + village + "/evidence/" + id + "/review",
                Map.of("decision", "APPROVED"));
        assertThat(housemate.status()).as("of a participant's household: " + housemate.raw()).isEqualTo(422);
        Response approved = review("审核员甲", id, "APPROVED");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().path("awards")).hasSize(3);
        assertThat(ledgerSum(village, mediator)).isEqualTo(5);
        assertThat(ledgerSum(village, a)).isEqualTo(2);
        assertThat(ledgerSum(village, b)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT source_id FROM ledger WHERE village_id = ? AND evidence_id = ?",
                String.class, village, id)).containsExactly("review:" + id);

        assertThat(review("审核员甲", id, "APPROVED").status()).isEqualTo(200);
        assertThat(review("审核员乙", id, "APPROVED").status()).as("already approved").isEqualTo(409);
        assertThat(ledgerOfEvidence(id)).isEqualTo(3);

        Response reversed = post("/api/v1/villages/" + village + "/evidence/" + id + "/reversal",
                Map.of("requestKey", unique("rk"), "reason", "调解未成功"));
        assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND evidence_id = ?"
                + " AND kind = 'REVERSAL'", Long.class, village, id)).isEqualTo(3);
        assertThat(ledgerSum(village, mediator) + ledgerSum(village, a) + ledgerSum(village, b)).isZero();
    }

    @Test
    void aRejectionCreditsNobody() {
        String mediator = member("med");
        String a = member("a");
        String id = unique("dispute");
        submit(evidence(id, "DISPUTE_SETTLED", mediator, "PENDING", mediator, "调解员", a, "当事人"));

        assertThat(review("审核员甲", id, "REJECTED").status()).isEqualTo(200);

        assertThat(ledgerOfEvidence(id)).isZero();
        assertThat(get("/api/v1/villages/" + village + "/reviews/pending").body().path("items").toString())
                .doesNotContain(id);
    }

    @Test
    void invalidParticipantsAreRefusedNamingTheFieldAndWriteNothing() {
        String mediator = member("med");
        String id = unique("dispute");
        assertRefused(evidence(id, "DISPUTE_SETTLED", mediator, "APPROVED", mediator, "调解员", "bad id!", "当事人"),
                "evidence[0].participants[1].memberId");
        assertRefused(evidence(id, "DISPUTE_SETTLED", mediator, "APPROVED", mediator, " "),
                "evidence[0].participants[0].role");
        assertRefused(evidence(id, "DISPUTE_SETTLED", mediator, "APPROVED", mediator, "调".repeat(33)),
                "evidence[0].participants[0].role");
        assertRefused(evidence(id, "DISPUTE_SETTLED", mediator, "APPROVED", mediator, "调解员", mediator, "当事人"),
                "evidence[0].participants[1].memberId");
        ObjectNode many = evidence(id, "DISPUTE_SETTLED", mediator, "APPROVED");
        ArrayNode list = many.putArray("participants");
        for (int i = 0; i < 51; i++) {
            list.addObject().put("memberId", "m" + i).put("role", "当事人");
        }
        assertRefused(many, "evidence[0].participants");
        assertThat(evidenceRows(village, id)).isZero();
    }

    private void assertRefused(ObjectNode evidence, String field) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.raw()).contains(field);
    }

    private String member(String prefix) {
        return member(prefix, null);
    }

    /** A member of {@code village} in {@code household} (null: a household of its own, h-id). */
    private String member(String prefix, String household) {
        String id = unique(prefix);
        Response response = put(memberPath(village, id), Map.of("householdId", household == null ? "h-" + id
                : household, "roles", List.of("RESIDENT"), "joinedOn", "2025-01-01"));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return id;
    }

    private JsonNode submit(ObjectNode evidence) {
        Response response = post(evaluations(village), batch(false, evidence));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().path("results").get(0);
    }

    private Response review(String holder, String id, String decision) {
        String key = createKey(Map.of("name", "审核 " + holder, "holder", holder, "role", "REVIEWER",
                "villages", List.of(village)));
        return as(key).post("/api/v1/villages/" + village + "/evidence/" + id + "/review",
                Map.of("decision", decision));
    }

    private long ledgerOfEvidence(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ? AND evidence_id = ?", Long.class,
                village, id);
    }

    /** Evidence of {@code submitter} on 2026-11-16 with participants given as id, role pairs. */
    private static ObjectNode evidence(String id, String type, String submitter, String status, String... pairs) {
        ObjectNode evidence = JSON.createObjectNode();
        evidence.put("id", id).put("type", type).put("memberId", submitter).put("occurredAt", "2026-11-16T10:00")
                .put("status", status);
        if (pairs.length > 0) {
            ArrayNode participants = evidence.putArray("participants");
            for (int i = 0; i < pairs.length; i += 2) {
                participants.addObject().put("memberId", pairs[i]).put("role", pairs[i + 1]);
            }
        }
        return evidence;
    }
}
