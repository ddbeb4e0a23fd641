package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The type dictionary of village.yaml ({@code types:}): evidence type → the name officials read. */
class VillageYamlTypesTest {

    private static final String HEAD = "id: v1\nname: 一村\n";

    @Test
    void readsTheDictionary() {
        List<Problem> problems = new ArrayList<>();
        VillageConfig config = VillageYaml.read("v1", HEAD + "types:\n  PATROL: 治安巡逻\n  CLEANING: 打扫卫生\n", problems);
        assertThat(problems).isEmpty();
        assertThat(config.types()).containsOnly(Map.entry("PATROL", "治安巡逻"), Map.entry("CLEANING", "打扫卫生"));
        assertThat(config.typeName("PATROL")).isEqualTo("治安巡逻");
        assertThat(config.typeName("OTHER")).as("a type without a name reads as itself").isEqualTo("OTHER");
    }

    @Test
    void noDictionaryIsAnEmptyOne() {
        List<Problem> problems = new ArrayList<>();
        assertThat(VillageYaml.read("v1", HEAD, problems).types()).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aBadCodeOrAMissingNameIsAnErrorAtItsLine() {
        List<Problem> problems = new ArrayList<>();
        VillageYaml.read("v1", HEAD + "types:\n  巡逻: 治安巡逻\n  PATROL: \"\"\n", problems);
        assertThat(problems).extracting(Problem::line).containsExactly(4, 5);
        assertThat(problems.get(0).message()).contains("不是证据类型代码");
        assertThat(problems.get(1).message()).contains("中文名称");
    }

    @Test
    void notAMappingIsAnError() {
        List<Problem> problems = new ArrayList<>();
        VillageYaml.read("v1", HEAD + "types: PATROL\n", problems);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }
}
