package org.jifen.api.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jifen.api.ApiTest;
import org.junit.jupiter.api.Test;

/** Members' names: stored and shown exactly (Chinese, rare characters), kept when a registration leaves them out. */
class MemberNameTest extends ApiTest {

    @Test
    void aChineseNameRoundTripsAndIsKeptWhenLeftOut() {
        String member = unique("n");
        String name = "欧阳𠀋娜";
        Response put = put(memberPath("tanyin", member), Map.of("householdId", "户-1", "roles", List.of("RESIDENT"),
                "name", name));
        assertThat(put.status()).as(put.raw()).isEqualTo(200);
        assertThat(put.body().path("name").asText()).isEqualTo(name);
        assertThat(get(memberPath("tanyin", member)).body().path("name").asText()).isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT name FROM members WHERE village_id = 'tanyin' AND member_id = ?",
                String.class, member)).isEqualTo(name);

        Response without = put(memberPath("tanyin", member), Map.of("householdId", "户-2"));
        assertThat(without.status()).isEqualTo(200);
        assertThat(without.body().path("name").asText()).isEqualTo(name);
        assertThat(without.body().path("householdId").asText()).isEqualTo("户-2");

        Response renamed = put(memberPath("tanyin", member), Map.of("householdId", "户-2", "name", "张三"));
        assertThat(renamed.body().path("name").asText()).isEqualTo("张三");
        Response bad = put(memberPath("tanyin", member), Map.of("householdId", "户-2", "name", "张\n三"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.raw()).contains("name");
    }
}
