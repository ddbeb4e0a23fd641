package org.jifen.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Who may call what: every endpoint the service maps (found in Spring's handler mappings, so an
 * endpoint added without a row here fails {@link #everyMappedEndpointIsInTheMatrixAndNothingElse})
 * × every role × its own village and another village, plus no key and a revoked key. Each cell
 * asserts 401 (no key, or a revoked key, which is refused even where no key is needed), 403 (a key
 * without the permission) or that the request got
 * through: a 2xx, or for a row marked {@code placeholder} any answer that is not 401, 403 or 5xx.
 *
 * <p>The rows are {@link AuthorizationMatrix#MATRIX}.
 */
class AuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    private ApplicationContext context;

    /** Every (method, pattern) of every request-mapping handler mapping: the MVC controllers and the actuator. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> patterns = info.getPatternValues();
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name)
                        .collect(Collectors.toSet());
                for (String pattern : patterns) {
                    if (methods.isEmpty()) {
                        endpoints.add("* " + pattern);
                    }
                    methods.forEach(m -> endpoints.add(m + " " + pattern));
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyMappedEndpointIsInTheMatrixAndNothingElse() {
        Set<String> mapped = mappedEndpoints();
        assertThat(mapped).as("the enumeration finds the controllers and the actuator")
                .contains("POST /api/v1/villages/{village}/evaluations", "GET /actuator/health", "POST /api/v1/keys")
                .hasSizeGreaterThan(30);
        Set<String> inMatrix = MATRIX.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(inMatrix);
        Set<String> stale = new TreeSet<>(inMatrix);
        stale.removeAll(mapped);
        assertThat(missing).as("endpoints without a row in AuthorizationMatrixTest.MATRIX").isEmpty();
        assertThat(stale).as("rows of AuthorizationMatrixTest.MATRIX for endpoints that do not exist").isEmpty();
    }

    // ------------------------------------------------------------------------------------------

    /** Two published villages, a member in each, and a key for every role on the first. */
    final class Fixture {

        final String own = publishedVillage("mx-own");
        final String other = publishedVillage("mx-oth");
        final String region = "邛崃市 测试镇";
        final String member = unique("mx-m");
        final Map<Who, String> keys = new EnumMap<>(Who.class);
        final String revoked;
        String throwawayKeyId;
        /** The evidence of the review row's current cell: each key decides its own (a key decides once). */
        String pending;

        Fixture() {
            register(own, member);
            register(other, member);
            keys.put(Who.ADMIN, createKey("ADMIN"));
            keys.put(Who.OFFICIAL, createKey("OFFICIAL", own));
            keys.put(Who.REVIEWER, createKey("REVIEWER", own));
            keys.put(Who.PIPELINE, createKey("PIPELINE", own));
            keys.put(Who.MERCHANT, createMerchantKey(region));
            keys.put(Who.AUDITOR, createKey("AUDITOR"));
            revoked = createKey("ADMIN");
            revokeKey(revoked);
        }

        String village(Whose whose) {
            return whose == Whose.OTHER ? other : own;
        }

        String expand(String template, String village) {
            return template == null ? null : template.replace("{village}", village).replace("{own}", own)
                    .replace("{member}", member);
        }

        void ensureTemplate() {
            Response put = AuthorizationMatrixTest.this.put("/api/v1/templates/mx-template",
                    org.jifen.api.policy.template.TemplateApiTest.template("mx-template",
                            org.jifen.api.policy.template.TemplateApiTest.LIST_V1,
                            org.jifen.api.policy.template.TemplateApiTest.TEMPLATE_CASES));
            assertThat(put.status()).as(put.raw()).isEqualTo(200);
        }

        void ensureDraftFile(String village) {
            Response put = putText(draftFile(village, "matrix.drl"), "package village.matrix;\n");
            assertThat(put.status()).as(put.raw()).isIn(200, 201);
        }

        void discardDraft(String village) {
            assertThat(delete(draft(village)).status()).isEqualTo(204);
        }

        void throwawayKey() {
            throwawayKeyId = keyIdOf(createKey("PIPELINE", own));
        }

        /** Submits CLEANING evidence {@code id} of {@link #member} with {@code status} (a replay after the first time). */
        void submitOnce(String village, String id, String status) {
            Response r = post(evaluations(village), batch(false, JSON.createObjectNode().put("id", id)
                    .put("type", "CLEANING").put("memberId", member).put("occurredAt", "2026-11-18T08:30")
                    .put("status", status)));
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
        }

        /** Submits new PENDING evidence of {@link #member} for one review cell. */
        void submitPending(String village) {
            pending = unique("mx-pending");
            submitOnce(village, pending, "PENDING");
        }

        /** A time zone that is not the village's now, so that each cell of the time-zone row asks for a change. */
        String otherZone(String village) {
            String zone = jdbc.queryForObject("SELECT timezone FROM villages WHERE village_id = ?", String.class,
                    village);
            return "Asia/Urumqi".equals(zone) ? "Asia/Shanghai" : "Asia/Urumqi";
        }

        /** The entry id of the award of approved evidence mx-award in {@code village}. */
        long awardEntry(String village) {
            submitOnce(village, "mx-award", "APPROVED");
            return jdbc.queryForObject("SELECT entry_id FROM ledger WHERE village_id = ? AND evidence_id = 'mx-award'"
                    + " AND kind = 'AWARD'", Long.class, village);
        }
    }

    @TestFactory
    Stream<DynamicTest> matrix() {
        Fixture f = new Fixture();
        List<DynamicTest> cells = new ArrayList<>();
        for (Row row : MATRIX) {
            List<Whose> villages = row.villageScoped() ? List.of(Whose.OWN, Whose.OTHER) : List.of(Whose.NONE);
            for (Who who : Who.values()) {
                for (Whose whose : villages) {
                    cells.add(dynamicTest(row.label() + " × " + who + (whose == Whose.NONE ? "" : " × " + whose),
                            () -> cell(f, row, f.keys.get(who), f.village(whose), row.allows(who, whose) ? 0 : 403)));
                }
            }
            cells.add(dynamicTest(row.label() + " × no key",
                    () -> cell(f, row, null, f.own, row.isPublic() ? 0 : 401)));
            // a key that is sent must be valid, even where none is needed
            cells.add(dynamicTest(row.label() + " × revoked key", () -> cell(f, row, f.revoked, f.own, 401)));
        }
        assertThat(cells).hasSizeGreaterThan(MATRIX.size() * 8);
        return cells.stream();
    }

    /** One cell: {@code expected} 401 or 403, or 0 for "gets through". */
    private void cell(Fixture f, Row row, String key, String village, int expected) {
        row.setup().accept(f, village);
        Call call = row.call().apply(f, village);
        Client client = key == null ? anonymous() : as(key);
        Response response = client.send(call.method(), call.path(), call.contentType(),
                call.body() == null ? null : call.body().getBytes(StandardCharsets.UTF_8), Map.of());
        String what = call.method() + " " + call.path() + " → " + response.status() + " "
                + (response.raw().length() > 300 ? response.raw().substring(0, 300) + "…" : response.raw());
        if (expected != 0) {
            assertThat(response.status()).as(what).isEqualTo(expected);
            assertThat(response.isProblem()).as(what).isTrue();
            assertThat(response.body().path("status").asInt()).as(what).isEqualTo(expected);
            return;
        }
        assertThat(response.status()).as(what).isNotIn(401, 403).isLessThan(500);
        if (!row.placeholder()) {
            assertThat(response.status()).as(what).isBetween(200, 299);
        }
    }

}
