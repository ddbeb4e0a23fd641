package org.jifen.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jifen.api.review.ReviewApiSupport;
import org.jifen.api.security.ApiKeyPrincipal;
import org.junit.jupiter.api.Test;

/** Reversals: compensating entries, once per entry and per request key, freeing cap room. */
class ReversalApiTest extends ReviewApiSupport {

    @Test
    void reversingAnAwardWritesACompensatingEntryOnce() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = unique("ev");
        submit(village, evidence(id, "CLEANING", member, DAY + "T08:30", "APPROVED"));
        long award = entries(village, member, "AWARD").get(0);
        String key = unique("rev");

        Response reversed = reverseEntry(village, award, key);

        assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
        assertThat(reversed.body().path("replayed").asBoolean()).isFalse();
        JsonNode entry = reversed.body().path("entries").get(0);
        assertThat(entry.path("kind").asText()).isEqualTo("REVERSAL");
        assertThat(entry.path("reversesEntry").asLong()).isEqualTo(award);
        assertThat(entry.path("points").asInt()).isEqualTo(-2);
        assertThat(entry.path("requested").asInt()).isEqualTo(-2);
        assertThat(entry.path("evidenceId").asText()).isEqualTo(id);
        assertThat(entry.path("rule").asText()).isEqualTo("打扫卫生");
        assertThat(entry.path("category").asText()).isEqualTo("弘德");
        assertThat(entry.path("occurredAt").asText()).startsWith(DAY + "T08:30");
        assertThat(entry.path("policyVersion").asInt()).isEqualTo(1);
        assertThat(entry.path("sourceId").asText()).isEqualTo(key);
        assertThat(entry.path("operator").asText()).isEqualTo(ApiKeyPrincipal.bootstrapAdmin().holder());
        assertThat(entry.path("reason").asText()).isEqualTo("误判：照片不是本人");
        assertThat(ledgerSum(village, member)).isZero();
        assertThat(balance(village, member).path("byCategory").path("弘德").asLong()).isZero();
        assertThat(auditCount(village, "REVERSAL")).isEqualTo(1);

        Response replay = reverseEntry(village, award, key);
        assertThat(replay.status()).as(replay.raw()).isEqualTo(200);
        assertThat(replay.body().path("replayed").asBoolean()).isTrue();
        assertThat(replay.body().path("entries")).isEqualTo(reversed.body().path("entries"));

        Response twice = reverseEntry(village, award, unique("rev"));
        assertThat(twice.status()).as(twice.raw()).isEqualTo(409);
        assertThat(twice.body().path("detail").asText()).contains("already reversed");
        Response ofReversal = reverseEntry(village, entry.path("entryId").asLong(), unique("rev"));
        assertThat(ofReversal.status()).as(ofReversal.raw()).isEqualTo(422);
        assertThat(ofReversal.body().path("detail").asText()).contains("a reversal cannot be reversed");
        Response keyReused = reverseEntry(village, award + 999_999, key);
        assertThat(keyReused.status()).isEqualTo(404);
        assertThat(ledgerRows(village, member)).isEqualTo(2);
        assertThat(auditCount(village, "REVERSAL")).isEqualTo(1);
    }

    @Test
    void aRequestKeyServesOneReversal() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        submit(village, evidence(unique("ev"), "CLEANING", member, DAY + "T08:30", "APPROVED"));
        submit(village, evidence(unique("ev"), "LITTERING", member, DAY + "T09:30", "APPROVED"));
        List<Long> awards = entries(village, member, "AWARD");
        String key = unique("rev");
        assertThat(reverseEntry(village, awards.get(0), key).status()).isEqualTo(201);

        Response reused = reverseEntry(village, awards.get(1), key);

        assertThat(reused.status()).as(reused.raw()).isEqualTo(409);
        assertThat(reused.body().path("detail").asText()).contains("request key " + key);
        assertThat(ledgerSum(village, member)).isEqualTo(-3);
    }

    @Test
    void aReversedAwardFreesItsCapRoom() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        List<String> ids = List.of(unique("ev"), unique("ev"), unique("ev"), unique("ev"));
        submit(village, evidence(ids.get(0), "CLEANING", member, DAY + "T08:00", "APPROVED"));
        submit(village, evidence(ids.get(1), "CLEANING", member, DAY + "T09:00", "APPROVED"));
        JsonNode capped = submit(village, evidence(ids.get(2), "CLEANING", member, DAY + "T10:00", "APPROVED"));
        assertThat(capped.path("awards").get(0).path("capped").asBoolean()).isTrue();
        assertThat(capped.path("awards").get(0).path("points").asInt()).isZero();

        assertThat(reverseEvidence(village, ids.get(0), unique("rev")).status()).isEqualTo(201);
        JsonNode again = submit(village, evidence(ids.get(3), "CLEANING", member, DAY + "T11:00", "APPROVED"));

        assertThat(again.path("awards").get(0).path("points").asInt()).isEqualTo(2);
        assertThat(again.path("awards").get(0).path("capped").asBoolean()).isFalse();
        assertThat(ledgerSum(village, member)).isEqualTo(4);
    }

    @Test
    void reversingAnEvidenceReversesAllItsAwardsThatAreNotReversedYet() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = unique("ev");
        submit(village, evidence(id, "MEETING", member, DAY + "T19:00", "PENDING"));
        review(village, id, "APPROVED", "审核员甲");
        assertThat(ledgerSum(village, member)).isEqualTo(3);
        String key = unique("rev");

        Response reversed = reverseEvidence(village, id, key);

        assertThat(reversed.status()).as(reversed.raw()).isEqualTo(201);
        assertThat(reversed.body().path("entries")).hasSize(2);
        assertThat(reversed.body().path("entries").findValuesAsText("rule"))
                .containsExactly("参加村民说事会", "说事会 审核确认");
        assertThat(ledgerSum(village, member)).isZero();
        assertThat(reverseEvidence(village, id, key).status()).isEqualTo(200);
        Response again = reverseEvidence(village, id, unique("rev"));
        assertThat(again.status()).as(again.raw()).isEqualTo(409);
        assertThat(again.body().path("detail").asText()).contains("already reversed");
        assertThat(reverseEvidence(village, unique("none"), unique("rev")).status()).isEqualTo(404);
        assertThat(ledgerRows(village, member)).isEqualTo(4);
    }

    @Test
    void reversingPartOfAnEvidenceLeavesTheRestToTheEvidenceReversal() {
        String village = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = unique("ev");
        submit(village, evidence(id, "MEETING", member, DAY + "T19:00", "APPROVED"));
        List<Long> awards = entries(village, member, "AWARD");
        assertThat(awards).hasSize(2);
        reverseEntry(village, awards.get(0), unique("rev"));

        Response rest = reverseEvidence(village, id, unique("rev"));

        assertThat(rest.body().path("entries")).hasSize(1);
        assertThat(rest.body().path("entries").get(0).path("reversesEntry").asLong()).isEqualTo(awards.get(1));
        assertThat(ledgerSum(village, member)).isZero();
    }

    @Test
    void anEntryIsReversedOnlyThroughItsOwnVillage() {
        String village = reviewVillage();
        String other = reviewVillage();
        String member = unique("m");
        register(village, member);
        String id = unique("ev");
        submit(village, evidence(id, "CLEANING", member, DAY + "T08:30", "APPROVED"));
        long award = entries(village, member, "AWARD").get(0);

        assertThat(reverseEntry(other, award, unique("rev")).status()).isEqualTo(404);
        assertThat(reverseEvidence(other, id, unique("rev")).status()).isEqualTo(404);
        assertThat(review(other, id, "APPROVED", "审核员甲").status()).isEqualTo(404);
        assertThat(adjust(other, unique("adj"), member, 5, "善治").status()).isEqualTo(404);
        assertThat(ledgerRows(village, member)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger WHERE village_id = ?", Long.class, other)).isZero();
    }

    @Test
    void badReversalRequestsNameTheField() {
        String village = reviewVillage();
        Response noKey = post(v(village) + "/ledger/1/reversal", Map.of("reason", "错"));
        assertThat(noKey.status()).as(noKey.raw()).isEqualTo(400);
        assertThat(noKey.raw()).contains("requestKey");
        Response notANumber = post(v(village) + "/ledger/abc/reversal", reversal("k"));
        assertThat(notANumber.status()).as(notANumber.raw()).isEqualTo(400);
    }
}
