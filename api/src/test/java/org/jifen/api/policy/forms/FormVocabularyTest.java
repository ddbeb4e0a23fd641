package org.jifen.api.policy.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words of a draft: its own, its points list's, its rules', and those of the template it extends. */
class FormVocabularyTest {

    @Test
    void theDraftsOwnWordsAndThoseOfItsListAndRules() {
        FormVocabulary words = FormVocabulary.of(FormVillage.source(Map.of(
                "points-list.csv", "项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟\n"
                        + "治安巡逻,PATROL,3,平安建设,,,BUILDING_LEADER,true,\n",
                "x.drl", "rule \"手写\"\n    @category(\"守望\")\nwhen\n    $e : Evidence( type == \"PATROL\", approved )\n"
                        + "    Member( hasRole(\"CADRE\") )\nthen\n    award.grant($e, 1, \"手写\");\nend\n")));
        assertThat(words.types()).containsEntry("GARBAGE_SORTING", "垃圾分类").containsEntry("PATROL", "PATROL");
        assertThat(words.categories()).contains("弘德", "平安建设", "守望", "综合");
        assertThat(words.roles()).contains("PARTY_MEMBER", "LECTURER", "BUILDING_LEADER", "CADRE", "RESIDENT");
        assertThat(words.ruleFiles()).containsEntry("治安巡逻", "points-list.csv").containsEntry("手写", "x.drl");
    }

    @Test
    void aTemplatesWordsAreOffered() {
        FormVocabulary words = FormVocabulary.of(FormVillage.source(Map.of(
                "_template.yaml", "id: county\nname: 县\ncaps:\n  人居环境: 20/MONTH\ntypes:\n  TEA_HELP: 茶园互助\n"
                        + "  VOLUNTEER: 县里的名字\n",
                "_template.points-list.csv", "项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟\n"
                        + "秸秆禁烧,STRAW_BURNING,-5,扣分,,,,true,\n")));
        assertThat(words.types()).containsEntry("TEA_HELP", "茶园互助").containsEntry("VOLUNTEER", "志愿服务")
                .containsKey("STRAW_BURNING");
        assertThat(words.categories()).contains("人居环境", "扣分");
        assertThat(words.ruleFiles()).containsKey("秸秆禁烧");
    }
}
