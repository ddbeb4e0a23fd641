package org.jifen.api.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jifen.engine.yaml.PlainYaml;
import org.junit.jupiter.api.Test;

/** Rewriting name, region and time zone of a village.yaml without touching the rest. */
class VillageYamlTextTest {

    private static final String TANYIN = """
            # 檀阴社区 · 活力羊安积汇
            id: tanyin
            name: 檀阴社区
            region: 邛崃市 羊安街道          # free text
            timezone: Asia/Shanghai
            caps:
              弘德: 100/MONTH
            settings:
              patrol.points: "3"
            """;

    @Test
    void replacesTheIdentityLinesAndKeepsEverythingElse() {
        String edited = VillageYamlText.withIdentity(TANYIN, "檀阴新社区", "邛崃市", "Asia/Urumqi");
        assertThat(edited).isEqualTo(TANYIN.replace("name: 檀阴社区", "name: 檀阴新社区")
                .replace("region: 邛崃市 羊安街道          # free text", "region: 邛崃市")
                .replace("timezone: Asia/Shanghai", "timezone: Asia/Urumqi"));
        assertThat(VillageYamlText.withIdentity(TANYIN, "檀阴社区", "邛崃市 羊安街道", "Asia/Shanghai"))
                .isEqualTo(TANYIN.replace("          # free text", ""));
    }

    @Test
    void addsMissingLinesAfterTheirPredecessorsAndRemovesANullRegion() {
        String minimal = "id: x\nname: 旧名\ncaps:\n  弘德: 10/DAY\n";
        assertThat(VillageYamlText.withIdentity(minimal, "新名", "蒲江县", "Asia/Shanghai"))
                .isEqualTo("id: x\nname: 新名\nregion: 蒲江县\ntimezone: Asia/Shanghai\ncaps:\n  弘德: 10/DAY\n");
        assertThat(VillageYamlText.withIdentity(TANYIN, "檀阴社区", null, "Asia/Shanghai"))
                .doesNotContain("region").contains("name: 檀阴社区\ntimezone: Asia/Shanghai\n");
    }

    @Test
    void replacesAMultiLineValueAndKeepsWindowsLineEnds() {
        String folded = "id: x\r\nname: >\r\n  很长的\r\n  名字\r\ntimezone: Asia/Shanghai\r\n";
        assertThat(VillageYamlText.withIdentity(folded, "短名", null, "Asia/Shanghai"))
                .isEqualTo("id: x\r\nname: 短名\r\ntimezone: Asia/Shanghai\r\n");
    }

    @Test
    void quotesValuesThatWouldNotReadBackAsTheSameString() {
        for (String name : new String[] {"檀阴社区", "yes", "123", "a: b", "#1 村", "\"引号\"", "back\\slash", " 前空格",
            "三·五 村(新)", "null"}) {
            String yaml = VillageYamlText.create("x", name, "邛崃市: 羊安", "Asia/Shanghai");
            Map<?, ?> read = (Map<?, ?>) PlainYaml.load(yaml);
            assertThat(String.valueOf(read.get("name"))).as(yaml).isEqualTo(name);
            assertThat(read.get("region")).as(yaml).isEqualTo("邛崃市: 羊安");
        }
        assertThat(VillageYamlText.scalar("檀阴社区")).isEqualTo("檀阴社区");
        assertThat(VillageYamlText.scalar("true")).isEqualTo("\"true\"");
    }
}
