package org.jifen.api.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input, ids and batches: attribute names, batches, and hostile ids of villages, members
 * and versions in the path.
 */
class IdsAndBatchesTest extends HostileInputBase {

    @TestFactory
    Stream<DynamicTest> corpus() {
        Fixture fixture = new Fixture();
        List<Hostile> corpus = new ArrayList<>();
        corpus.addAll(idsAndBatches(fixture));
        return run(corpus, 50);
    }

    /** Requests written by hand: attribute keys, batches, and ids in paths. */
    private List<Hostile> idsAndBatches(Fixture f) {
        List<Hostile> cases = new ArrayList<>();
        JsonNodeFactory n = JsonNodeFactory.instance;
        String evaluations = evaluations(f.evalVillage);

        // attribute names and values
        for (String key : List.of("' OR 1=1 --", "<script>", "", " ", "a".repeat(65), "键", "shift\u0000")) {
            ObjectNode batch = f.evidenceBatch();
            ((ObjectNode) batch.at("/evidence/0/attrs")).put(key, "x");
            cases.add(body("evaluations: attribute name " + key.replace("\u0000", "\\0").substring(0,
                    Math.min(key.length(), 20)), "POST", evaluations, batch, Expect.EITHER, 0));
        }
        ObjectNode manyAttrs = f.evidenceBatch();
        for (int i = 0; i < 51; i++) {
            ((ObjectNode) manyAttrs.at("/evidence/0/attrs")).put("k" + i, "v");
        }
        cases.add(body("evaluations: 51 attributes", "POST", evaluations, manyAttrs, Expect.REJECTED, 400));
        ObjectNode nullAttr = f.evidenceBatch();
        ((ObjectNode) nullAttr.at("/evidence/0/attrs")).putNull("shift");
        cases.add(body("evaluations: null attribute value", "POST", evaluations, nullAttr, Expect.REJECTED, 400));
        // batches: null element, same id twice, an unregistered member, a dry run of CJK ids
        ObjectNode nullElement = f.evidenceBatch();
        ((ArrayNode) nullElement.get("evidence")).addNull();
        cases.add(body("evaluations: null evidence element", "POST", evaluations, nullElement, Expect.REJECTED, 400));
        ObjectNode twice = f.evidenceBatch();
        ((ArrayNode) twice.get("evidence")).add(twice.at("/evidence/0").deepCopy());
        cases.add(body("evaluations: same evidence id twice", "POST", evaluations, twice, Expect.REJECTED, 400));
        cases.add(body("evaluations: unregistered member", "POST", evaluations,
                with(f.evidenceBatch(), "/evidence/0/memberId", n.textNode(unique("nobody"))), Expect.REJECTED, 422));
        cases.add(body("evaluations: CJK and emoji-free ids", "POST", evaluations,
                with(f.evidenceBatch(), "/evidence/0/id", n.textNode("证据-" + unique("甲"))), Expect.VALID, 200));
        cases.add(body("evaluations: emoji id", "POST", evaluations,
                with(f.evidenceBatch(), "/evidence/0/id", n.textNode("🌾-" + unique("e"))), Expect.REJECTED, 400));
        cases.add(body("evaluations: dryRun null", "POST", evaluations,
                with(f.evidenceBatch(), "/dryRun", n.nullNode()), Expect.EITHER, 0));
        ObjectNode empty = f.evidenceBatch();
        empty.putArray("evidence");
        cases.add(body("evaluations: no evidence", "POST", evaluations, empty, Expect.REJECTED, 400));
        // the village in the path
        for (String village : List.of("nowhere", "' OR '1'='1", "<script>", "..", "檀阴", "🌾", "a".repeat(300))) {
            cases.add(body("evaluations: village path " + village.substring(0, Math.min(village.length(), 20)),
                    "POST", evaluations(village), f.evidenceBatch(), Expect.REJECTED, 0));
        }

        // member ids in the path, roles
        ObjectNode registration = object(Map.of("householdId", "h-1", "roles", List.of("RESIDENT")));
        for (String member : List.of("' OR '1'='1", "<script>alert(1)</script>", "a b", "a".repeat(65), "🌾",
                "x\u0000y", "../../etc")) {
            cases.add(body("member: id " + member.replace("\u0000", "\\0").substring(0, Math.min(member.length(), 25)),
                    "PUT", memberPath("tanyin", member), registration, Expect.REJECTED, 0));
        }
        cases.add(body("member: CJK id", "PUT", memberPath("tanyin", unique("张三")), registration, Expect.VALID, 200));
        cases.add(body("member: CJK extension B id", "PUT", memberPath("tanyin", unique("𠀀𠀁")), registration,
                Expect.VALID, 200));
        cases.add(body("member: unknown village", "PUT", memberPath("nowhere-" + unique("v"), "m1"), registration,
                Expect.REJECTED, 404));
        ArrayNode manyRoles = n.arrayNode();
        for (int i = 0; i < 21; i++) {
            manyRoles.add("ROLE_" + i);
        }
        cases.add(body("member: 21 roles", "PUT", memberPath("tanyin", unique("hz-m")),
                with(registration, "/roles", manyRoles), Expect.REJECTED, 400));
        ArrayNode longRoles = n.arrayNode();
        for (int i = 0; i < 20; i++) {
            longRoles.add(("ROLE" + i + "_").repeat(8).substring(0, 24));
        }
        cases.add(body("member: 20 roles of 24 characters", "PUT", memberPath("tanyin", unique("hz-m")),
                with(registration, "/roles", longRoles), Expect.VALID, 200));
        cases.add(body("member: null role", "PUT", memberPath("tanyin", unique("hz-m")),
                with(registration, "/roles", n.arrayNode().add("RESIDENT").addNull()), Expect.REJECTED, 400));

        // village ids and time zones
        ObjectNode village = object(Map.of("name", "测试村"));
        for (String id : List.of("UPPER", "-lead", "a_b", "a.b", "' or 1=1", "村", "a".repeat(64), "<x>")) {
            cases.add(body("village: id " + id, "PUT", villagePath(seg(id)), village, Expect.REJECTED, 0));
        }
        for (String zone : List.of("Mars/Olympus", "UTC+99", "../../etc/localtime", "GMT+14:00:01", "Z", "+25:00",
                "SystemV/CST6")) {
            cases.add(body("village: time zone " + zone, "PUT", villagePath(unique("hz-v")),
                    with(village, "/timezone", n.textNode(zone)), Expect.EITHER, 0));
        }
        // restore: versions that do not exist
        for (String version : List.of("0", "-1", "999999", "2147483648", "99999999999999999999", "abc", "1.5",
                "1%20OR%201=1")) {
            cases.add(body("restore: version " + version, "POST", policy(f.restoreVillage) + "/versions/" + version
                    + "/restore", object(Map.of("author", "王主任")), Expect.REJECTED, 0));
        }
        return cases;
    }
}
