package org.jifen.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jifen.api.ApiTest;

/** An api test that publishes a village of its own with given rules. */
public abstract class VillagePolicyTest extends ApiTest {

    /** A cases.yaml every village can pass. */
    protected static final String CASES = """
            cases:
              - name: 不相关的证据 不得分
                evidence:
                  - { id: e1, type: NOTHING, at: "2026-11-16T08:00" }
                expect: []
            """;

    /** Creates {@code village} and publishes {@code rules} (rules.drl) with {@code settings} added to village.yaml. */
    protected void publishVillage(String village, String rules, String settings) {
        Response created = put("/api/v1/villages/" + village, Map.of("name", "测试村", "region", "测试"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String yaml = "id: " + village + "\nname: 测试村\nregion: 测试\ntimezone: Asia/Shanghai\n" + settings;
        String draft = "/api/v1/villages/" + village + "/policy/draft/files/";
        assertThat(as(ADMIN_KEY).putText(draft + "village.yaml", yaml).status()).isIn(200, 201);
        assertThat(as(ADMIN_KEY).putText(draft + "rules.drl", rules).status()).isEqualTo(201);
        assertThat(as(ADMIN_KEY).putText(draft + "cases.yaml", CASES).status()).isEqualTo(201);
        Response published = post("/api/v1/villages/" + village + "/policy/draft/publish",
                Map.of("author", "测试", "comment", "test village"));
        assertThat(published.status()).as(published.raw()).isEqualTo(201);
    }
}
