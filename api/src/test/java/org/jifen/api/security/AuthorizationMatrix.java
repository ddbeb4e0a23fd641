package org.jifen.api.security;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jifen.api.policy.draft.PolicyApiTest;
import org.jifen.api.security.AuthorizationMatrixTest.Fixture;

/**
 * The rows of {@link AuthorizationMatrixTest}: for each endpoint, the roles that may call it, written
 * as {@code ROLE} (for every village) or {@code ROLE:own} (for the villages on its key); ADMIN may
 * call everything; {@code public} needs no key. Each row also says how to make a request to it.
 * A base class, so that the rows can use the API test helpers.
 */
abstract class AuthorizationMatrix extends PolicyApiTest {

    /** The six roles. */
    enum Who { ADMIN, OFFICIAL, REVIEWER, PIPELINE, MERCHANT, AUDITOR }

    /** Which village a cell acts on. */
    enum Whose { OWN, OTHER, NONE }

    private static final String V = "/api/v1/villages/{village}";
    private static final String NEW_VILLAGE = "a new village";

    /** A request of a cell: method, path, and a JSON body (or null). */
    record Call(String method, String path, String contentType, String body) {
    }

    /**
     * One row: an endpoint (method and path pattern as Spring maps it), a note when one endpoint
     * has rows for different cases, who may call it, and how to make a request to it.
     */
    record Row(String method, String pattern, String note, String allowed, boolean placeholder,
            BiConsumer<Fixture, String> setup, BiFunction<Fixture, String, Call> call) {

        /** Whether a cell acts on a village, its own or another; a new village is nobody's. */
        boolean villageScoped() {
            return (pattern.contains("{village}") || note.contains("?village=")) && !note.equals(NEW_VILLAGE);
        }

        boolean isPublic() {
            return allowed.equals("public");
        }

        /** Whether {@code who}, acting on its own, another or no village, may call this endpoint. */
        boolean allows(Who who, Whose whose) {
            if (isPublic() || who == Who.ADMIN) {
                return true;
            }
            for (String grant : allowed.split("\\s+")) {
                if (grant.equals("*") || grant.equals(who.name())
                        || grant.equals(who.name() + ":own") && whose == Whose.OWN) {
                    return true;
                }
            }
            return false;
        }

        String key() {
            return method + " " + pattern;
        }

        String label() {
            return key() + (note.isEmpty() ? "" : " (" + note + ")");
        }
    }

    private static Row row(String method, String pattern, String allowed, BiFunction<Fixture, String, Call> call) {
        return new Row(method, pattern, "", allowed, false, (f, v) -> { }, call);
    }

    private static Row row(String method, String pattern, String note, String allowed, boolean placeholder,
            BiConsumer<Fixture, String> setup, BiFunction<Fixture, String, Call> call) {
        return new Row(method, pattern, note, allowed, placeholder, setup, call);
    }

    private static BiFunction<Fixture, String, Call> reading(String path) {
        return (f, v) -> new Call("GET", f.expand(path, v), null, null);
    }

    private static BiFunction<Fixture, String, Call> sending(String method, String path, String body) {
        return (f, v) -> new Call(method, f.expand(path, v), "application/json", f.expand(body, v));
    }

    private static BiFunction<Fixture, String, Call> noBody(String method, String path) {
        return (f, v) -> new Call(method, f.expand(path, v), null, null);
    }

    /** The matrix. ADMIN may call everything and is not listed. */
    static final List<Row> MATRIX = List.of(
            // documentation and errors: public
            row("GET", "/v3/api-docs", "public", reading("/v3/api-docs")),
            // the YAML form answers 406 to the test client's Accept of JSON, but it is not refused
            row("GET", "/v3/api-docs.yaml", "", "public", true, (f, v) -> { }, reading("/v3/api-docs.yaml")),
            row("GET", "/v3/api-docs/swagger-config", "public", reading("/v3/api-docs/swagger-config")),
            row("GET", "/swagger-ui.html", "", "public", true, (f, v) -> { }, reading("/swagger-ui.html")),
            row("*", "/error", "called directly: 404", "public", true, (f, v) -> { }, reading("/error")),
            // actuator: health public, the rest ADMIN
            row("GET", "/actuator/health", "public", reading("/actuator/health")),
            row("GET", "/actuator/health/**", "public", reading("/actuator/health/readiness")),
            row("GET", "/actuator", "", reading("/actuator")),
            row("GET", "/actuator/info", "", reading("/actuator/info")),
            row("GET", "/actuator/metrics", "", reading("/actuator/metrics")),
            row("GET", "/actuator/metrics/{requiredMetricName}", "", reading("/actuator/metrics/jvm.threads.live")),
            // Prometheus text: the test client's Accept of JSON gets 406 once let through
            row("GET", "/actuator/prometheus", "", "AUDITOR", true, (f, v) -> { }, reading("/actuator/prometheus")),

            // villages
            row("GET", "/api/v1/villages", "*", reading("/api/v1/villages")),
            row("GET", V, "*", reading(V)),
            row("PUT", V, NEW_VILLAGE, "", false, (f, v) -> { },
                    (f, v) -> new Call("PUT", "/api/v1/villages/" + unique("mx-new"), "application/json",
                            "{\"name\":\"新村\",\"region\":\"" + f.region + "\"}")),
            row("PUT", V, "rename an existing village", "OFFICIAL:own", false, (f, v) -> { },
                    sending("PUT", V, "{\"name\":\"测试村\"}")),
            row("PUT", V, "change the region or time zone", "", false, (f, v) -> { },
                    (f, v) -> new Call("PUT", f.expand(V, v), "application/json",
                            "{\"name\":\"测试村\",\"timezone\":\"" + f.otherZone(v) + "\"}")),

            // evaluations and members
            row("POST", V + "/evaluations", "", "OFFICIAL:own PIPELINE:own", false, (f, v) -> { },
                    (f, v) -> new Call("POST", evaluations(v), "application/json", batch(false,
                            JSON.createObjectNode().put("id", unique("mx-e")).put("type", "CLEANING")
                                    .put("memberId", f.member).put("occurredAt", "2026-11-18T08:30")).toString())),
            row("PUT", V + "/members/{member}", "", "OFFICIAL:own PIPELINE:own", false, (f, v) -> { },
                    (f, v) -> new Call("PUT", memberPath(v, unique("mx-m")), "application/json",
                            "{\"householdId\":\"h-1\",\"roles\":[\"RESIDENT\"]}")),
            row("POST", V + "/members/import", "", "OFFICIAL:own PIPELINE:own", false, (f, v) -> { },
                    (f, v) -> new Call("POST", f.expand(V, v) + "/members/import", "text/csv",
                            "姓名,户号,角色\n矩阵,mx-h,居民\n")),
            row("GET", V + "/members", "OFFICIAL:own REVIEWER:own AUDITOR", reading(V + "/members?q=m")),
            row("GET", V + "/members/{member}", "OFFICIAL:own REVIEWER:own AUDITOR", reading(V + "/members/{member}")),
            row("GET", V + "/members/{member}/balance", "OFFICIAL:own REVIEWER:own AUDITOR",
                    reading(V + "/members/{member}/balance")),
            row("GET", V + "/members/{member}/ledger", "OFFICIAL:own REVIEWER:own AUDITOR",
                    reading(V + "/members/{member}/ledger?page=0&size=10")),

            // review, reversal and adjustment: fixed ids and request keys, so repeats are replays
            // the decision is the key's, and a key decides once: each cell reviews its own evidence
            row("POST", V + "/evidence/{evidence}/review", "", "OFFICIAL:own REVIEWER:own", false,
                    (f, v) -> f.submitPending(v), (f, v) -> new Call("POST", f.expand(V, v) + "/evidence/"
                            + f.pending + "/review", "application/json", "{\"decision\":\"APPROVED\"}")),
            row("GET", V + "/reviews/pending", "OFFICIAL:own REVIEWER:own AUDITOR", reading(V + "/reviews/pending")),
            row("POST", V + "/ledger/{entry}/reversal", "", "OFFICIAL:own", false, (f, v) -> { },
                    (f, v) -> new Call("POST", f.expand(V, v) + "/ledger/" + f.awardEntry(v) + "/reversal",
                            "application/json", "{\"requestKey\":\"mx-rev-entry\",\"reason\":\"矩阵\"}")),
            row("POST", V + "/evidence/{evidence}/reversal", "", "OFFICIAL:own", false,
                    (f, v) -> f.submitOnce(v, "mx-award2", "APPROVED"), sending("POST", V + "/evidence/mx-award2/reversal",
                            "{\"requestKey\":\"mx-rev-evidence\",\"reason\":\"矩阵\"}")),
            row("POST", V + "/adjustments", "OFFICIAL:own", sending("POST", V + "/adjustments",
                    "{\"requestKey\":\"mx-adj\",\"memberId\":\"{member}\",\"points\":1,\"reason\":\"矩阵\"}")),

            // the published policy
            row("GET", V + "/policy", "OFFICIAL:own REVIEWER:own AUDITOR", reading(V + "/policy")),
            row("GET", V + "/policy/versions", "OFFICIAL:own REVIEWER:own AUDITOR", reading(V + "/policy/versions")),
            row("GET", V + "/policy/versions/{version}", "OFFICIAL:own REVIEWER:own AUDITOR",
                    reading(V + "/policy/versions/1")),
            row("GET", V + "/policy/versions/{from}/diff/{to}", "OFFICIAL:own REVIEWER:own AUDITOR",
                    reading(V + "/policy/versions/1/diff/1")),
            row("GET", V + "/policy/coverage", "OFFICIAL:own REVIEWER:own AUDITOR", reading(V + "/policy/coverage?days=30")),
            row("POST", V + "/policy/versions/{version}/restore", "", "OFFICIAL:own", false, (f, v) -> { },
                    sending("POST", V + "/policy/versions/1/restore", "{\"author\":\"矩阵\",\"comment\":\"回滚\"}")),

            // the draft
            row("GET", V + "/policy/draft/files", "OFFICIAL:own AUDITOR", reading(V + "/policy/draft/files")),
            row("GET", V + "/policy/draft/files/{name}", "", "OFFICIAL:own AUDITOR", false,
                    (f, v) -> f.ensureDraftFile(v), (f, v) -> new Call("GET", draftFile(v, "matrix.drl"), null, null)),
            row("PUT", V + "/policy/draft/files/{name}", "", "OFFICIAL:own", false, (f, v) -> { },
                    (f, v) -> new Call("PUT", draftFile(v, "matrix.drl"), "text/plain; charset=utf-8",
                            "package village.matrix;\n")),
            row("DELETE", V + "/policy/draft/files/{name}", "", "OFFICIAL:own", false, (f, v) -> f.ensureDraftFile(v),
                    (f, v) -> new Call("DELETE", draftFile(v, "matrix.drl"), null, null)),
            row("DELETE", V + "/policy/draft", "OFFICIAL:own", noBody("DELETE", V + "/policy/draft")),
            row("POST", V + "/policy/draft/validate", "OFFICIAL:own", noBody("POST", V + "/policy/draft/validate")),
            row("POST", V + "/policy/draft/test", "OFFICIAL:own", noBody("POST", V + "/policy/draft/test")),
            row("POST", V + "/policy/draft/publish", "", "OFFICIAL:own", false, (f, v) -> f.discardDraft(v),
                    sending("POST", V + "/policy/draft/publish", "{\"author\":\"矩阵\",\"comment\":\"再发布\"}")),
            row("POST", V + "/policy/draft/simulate", "OFFICIAL:own",
                    noBody("POST", V + "/policy/draft/simulate?from=2026-10-01&to=2026-11-01")),
            row("GET", V + "/policy/draft/rule-forms", "OFFICIAL:own AUDITOR", reading(V + "/policy/draft/rule-forms")),
            row("POST", V + "/policy/draft/rule-forms", "a type the draft does not know: 400", "OFFICIAL:own", true,
                    (f, v) -> { }, sending("POST", V + "/policy/draft/rule-forms",
                            "{\"form\":{\"kind\":\"streak\",\"name\":\"矩阵连续\",\"type\":\"MX_NONE\",\"days\":7,\"points\":5}}")),

            // redemption, households, expiry and reports
            row("PUT", V + "/catalogue/{item}", "OFFICIAL:own",
                    sending("PUT", V + "/catalogue/mx-item", "{\"name\":\"毛巾\",\"price\":5,\"stock\":10}")),
            row("GET", V + "/catalogue", "OFFICIAL:own REVIEWER:own MERCHANT AUDITOR", reading(V + "/catalogue")),
            row("PUT", "/api/v1/merchants/{merchant}", "",
                    sending("PUT", "/api/v1/merchants/mx-shop", "{\"name\":\"矩阵小卖部\",\"region\":\"邛崃市\"}")),
            row("GET", "/api/v1/merchants", "*", reading("/api/v1/merchants")),
            row("POST", V + "/redemptions", "", "OFFICIAL:own MERCHANT", false, (f, v) -> { },
                    (f, v) -> new Call("POST", f.expand(V + "/redemptions", v), "application/json",
                            "{\"redemptions\":[{\"key\":\"" + unique("mx-r") + "\",\"memberId\":\"" + f.member
                                    + "\",\"itemId\":\"mx-none\"},{\"key\":\"" + unique("mx-r") + "\",\"memberId\":\""
                                    + f.member + "\",\"itemId\":\"mx-none\"}]}")),
            row("POST", V + "/redemptions/{key}/cancel", "no such key: 404", "OFFICIAL:own MERCHANT", true, (f, v) -> { },
                    sending("POST", V + "/redemptions/mx-none/cancel", "{\"reason\":\"退货\",\"operator\":\"矩阵\"}")),
            row("GET", V + "/households/{household}/balance", "OFFICIAL:own REVIEWER:own AUDITOR",
                    reading(V + "/households/h-{member}/balance")),
            row("GET", V + "/members/{member}/statement", "OFFICIAL:own AUDITOR",
                    reading(V + "/members/{member}/statement?from=2026-11-01&to=2026-11-30")),
            row("GET", V + "/households/{household}/statement", "OFFICIAL:own AUDITOR",
                    reading(V + "/households/h-{member}/statement?from=2026-11-01&to=2026-11-30")),
            row("GET", V + "/reports/rankings", "OFFICIAL:own AUDITOR",
                    reading(V + "/reports/rankings?from=2026-11-01&to=2026-11-30&by=household")),
            row("GET", V + "/reports/summary", "OFFICIAL:own AUDITOR", reading(V + "/reports/summary?month=2026-11")),
            row("GET", V + "/reports/notice", "OFFICIAL:own AUDITOR",
                    reading(V + "/reports/notice?from=2026-11-01&to=2026-11-30&format=csv")),
            row("POST", V + "/expiry/run", "OFFICIAL:own", sending("POST", V + "/expiry/run", "{\"date\":\"2025-12-31\"}")),
            row("PUT", V + "/members/{member}/redemption-freeze", "OFFICIAL:own", sending("PUT",
                    V + "/members/{member}/redemption-freeze", "{\"until\":\"2026-12-31\",\"reason\":\"矩阵\"}")),
            row("GET", V + "/members/{member}/redemption-freeze", "none: 404", "OFFICIAL:own REVIEWER:own AUDITOR", true,
                    (f, v) -> { }, reading(V + "/members/{member}/redemption-freeze")),
            row("DELETE", V + "/members/{member}/redemption-freeze", "none: 404", "OFFICIAL:own", true, (f, v) -> { },
                    noBody("DELETE", V + "/members/{member}/redemption-freeze")),
            row("PUT", V + "/households/{household}/redemption-freeze", "OFFICIAL:own", sending("PUT",
                    V + "/households/h-{member}/redemption-freeze", "{\"until\":\"2026-12-31\",\"reason\":\"矩阵\"}")),
            row("GET", V + "/households/{household}/redemption-freeze", "none: 404", "OFFICIAL:own REVIEWER:own AUDITOR",
                    true, (f, v) -> { }, reading(V + "/households/h-{member}/redemption-freeze")),
            row("DELETE", V + "/households/{household}/redemption-freeze", "none: 404", "OFFICIAL:own", true,
                    (f, v) -> { }, noBody("DELETE", V + "/households/h-{member}/redemption-freeze")),
            row("POST", V + "/programmes/{period}/run", "OFFICIAL:own",
                    sending("POST", V + "/programmes/2026-Q1/run?dryRun=true", "{}")),

            // keys: ADMIN only
            row("POST", "/api/v1/keys", "",
                    sending("POST", "/api/v1/keys", "{\"name\":\"矩阵\",\"role\":\"PIPELINE\",\"villages\":[\"{own}\"]}")),
            row("GET", "/api/v1/keys", "", reading("/api/v1/keys")),
            row("DELETE", "/api/v1/keys/{keyId}", "", "", false, (f, v) -> f.throwawayKey(),
                    (f, v) -> new Call("DELETE", "/api/v1/keys/" + f.throwawayKeyId, null, null)),

            // points-list templates: ADMIN only
            row("PUT", "/api/v1/templates/{template}", "", sending("PUT", "/api/v1/templates/mx-template",
                    org.jifen.api.policy.template.TemplateApiTest.templateJson("mx-template"))),
            row("GET", "/api/v1/templates/{template}", "", "", false,
                    (f, v) -> f.ensureTemplate(), reading("/api/v1/templates/mx-template")),

            // the audit log: ADMIN and AUDITOR; an OFFICIAL for its own village
            row("GET", "/api/v1/audit", "AUDITOR", reading("/api/v1/audit")),
            row("GET", "/api/v1/audit", "?village=", "OFFICIAL:own AUDITOR", false, (f, v) -> { },
                    reading("/api/v1/audit?village={village}")));

    /** The matrix as a table, for the README and for review: one line per endpoint, a column per role. */
    static String table() {
        StringBuilder table = new StringBuilder("| endpoint | " + Arrays.stream(Who.values()).map(Enum::name)
                .collect(Collectors.joining(" | ")) + " |\n");
        Map<String, String> cells = new LinkedHashMap<>();
        for (Row row : MATRIX) {
            StringBuilder line = new StringBuilder("| " + row.label() + " |");
            for (Who who : Who.values()) {
                line.append(' ').append(row.isPublic() ? "public" : row.allows(who, Whose.OTHER) ? "yes"
                        : row.allows(who, Whose.OWN) ? "own" : "-").append(" |");
            }
            cells.put(row.label(), line.toString());
        }
        cells.values().forEach(l -> table.append(l).append('\n'));
        return table.toString();
    }
}
