package org.jifen.engine.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.engine.policy.Limit;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicyException;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.junit.jupiter.api.Test;

/** Template inheritance: overrides, removals, additions, caps and settings, and every error of an overlay. */
class TemplatesTest {

    static final String TEMPLATE_LIST = """
            item,type,points,category,max_times,max_points,roles,requires_approval,min_minutes
            参加院坝会,COURTYARD_MEETING,2,善治,2/MONTH,,,false,
            治安巡逻,PATROL,3,平安,3/WEEK,,,true,60
            焚烧秸秆,STRAW_BURNING,-10,扣分,,,,true,
            志愿服务,VOLUNTEER,2,志愿,,20/MONTH,,true,60
            """;

    private final PolicyCompiler compiler = new PolicyCompiler();

    static PolicySource template() {
        Map<String, String> files = new TreeMap<>();
        files.put(Templates.TEMPLATE_FILE, "id: county\nname: 县模板\nregion: 邛崃市\ncaps:\n  志愿: 10/MONTH\n  平安: 20/MONTH\n"
                + "settings:\n  programme: 县\n  patrol.note: 县\n");
        files.put(PolicySource.POINTS_LIST_FILE, TEMPLATE_LIST);
        return new PolicySource("county", files);
    }

    static PolicySource village(String yamlExtra, String list) {
        Map<String, String> files = new TreeMap<>();
        files.put(PolicySource.VILLAGE_FILE, "id: cun\nname: 村\nextends: county\n" + yamlExtra);
        if (list != null) {
            files.put(PolicySource.POINTS_LIST_FILE, list);
        }
        return new PolicySource("cun", files);
    }

    private CompiledPolicy compile(String yamlExtra, String list) {
        return compiler.compile(Templates.attach(village(yamlExtra, list), template(), 4), 1);
    }

    private List<Problem> problems(String list) {
        assertThatThrownBy(() -> compile("", list)).isInstanceOf(PolicyException.class);
        try {
            compile("", list);
            return List.of();
        } catch (PolicyException e) {
            return e.problems();
        }
    }

    @Test
    void aVillageWithoutAListGetsTheTemplateAsItIsWithItsCapsAndSettings() {
        CompiledPolicy policy = compile("", null);
        assertThat(policy.rules()).containsOnlyKeys("参加院坝会", "治安巡逻", "焚烧秸秆", "志愿服务");
        assertThat(policy.config().caps()).containsEntry("志愿", Limit.parse("10/MONTH"));
        assertThat(policy.config().settings()).containsEntry("programme", "县");
        assertThat(policy.config().region()).isEqualTo("邛崃市");
        assertThat(policy.sharesRuleBase()).isTrue();
    }

    @Test
    void overridesPointsAndCapsRemovesAndAddsItemsAndOverridesCapsAndSettings() {
        CompiledPolicy policy = compile("caps:\n  志愿: 30/MONTH\nsettings:\n  programme: 村\n", """
                项目,类型,分值,类别,次数上限,分数上限
                治安巡逻,,4,,1/WEEK,
                志愿服务,,,,,不限
                焚烧秸秆,,删除,,,
                茶园管护,TEA_GARDEN,2,志愿,4/MONTH,
                """);
        assertThat(policy.rules()).containsOnlyKeys("参加院坝会", "治安巡逻", "志愿服务", "茶园管护");
        assertThat(policy.rules().get("治安巡逻").maxTimes()).isEqualTo(Limit.parse("1/WEEK"));
        assertThat(policy.rules().get("治安巡逻").category()).isEqualTo("平安");
        assertThat(policy.rules().get("志愿服务").maxPoints()).isNull();
        assertThat(policy.config().caps()).containsEntry("志愿", Limit.parse("30/MONTH")).containsEntry("平安",
                Limit.parse("20/MONTH"));
        assertThat(policy.config().settings()).containsEntry("programme", "村").containsEntry("patrol.note", "县");

        Evaluation patrol = policy.evaluate(new Evidence("e1", "PATROL", "m1", null, LocalDateTime.of(2026, 11, 18, 20, 0),
                50, 1, 0, Evidence.APPROVED, Map.of()), member(), new MemberHistory());
        assertThat(patrol.awards()).as("min_minutes 60 is inherited").isEmpty();
        Evaluation longer = policy.evaluate(new Evidence("e2", "PATROL", "m1", null, LocalDateTime.of(2026, 11, 18, 20, 0),
                90, 1, 0, Evidence.APPROVED, Map.of()), member(), new MemberHistory());
        assertThat(longer.awards()).singleElement().satisfies(a -> assertThat(a.points()).isEqualTo(4));
    }

    @Test
    void removingAnItemTheTemplateDoesNotHaveNamesTheLineAndColumn() {
        assertThat(problems("项目,类型,分值\n\n不存在的项目,,删除\n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(PolicySource.POINTS_LIST_FILE);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.message()).contains("不存在的项目");
        });
    }

    @Test
    void aNewItemIsCheckedLikeAnyRowAtItsOwnLine() {
        assertThat(problems("项目,类型,分值\n治安巡逻,,5\n新项目,,abc\n")).extracting(Problem::line, Problem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(3, 2), org.assertj.core.groups.Tuple.tuple(3, 3));
    }

    @Test
    void anOverrideWithABadCapNamesItsLineAndColumn() {
        assertThat(problems("项目,类型,分值,类别,次数上限\n治安巡逻,,,,3/FORTNIGHT\n")).singleElement()
                .satisfies(p -> assertThat(List.of(p.line(), p.column())).containsExactly(2, 5));
    }

    @Test
    void aBadHeaderIsLineOne() {
        assertThat(problems("名称,分数\n治安巡逻,4\n")).singleElement()
                .satisfies(p -> assertThat(List.of(p.line(), p.column())).containsExactly(1, 1));
    }

    @Test
    void extendingATemplateThatIsNotAttachedNamesTheExtendsLine() {
        assertThatThrownBy(() -> compiler.compile(village("", null), 1)).isInstanceOf(PolicyException.class)
                .satisfies(e -> assertThat(((PolicyException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(PolicySource.VILLAGE_FILE);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("county");
                }));
    }

    @Test
    void attachReplacesAnEarlierTemplateAndRecordsTheLock() {
        PolicySource once = Templates.attach(village("", null), template(), 1);
        PolicySource twice = Templates.attach(once, template(), 2);
        assertThat(Templates.lock(twice)).isEqualTo(new Templates.Lock("county", 2));
        assertThat(twice.files().keySet()).containsExactlyInAnyOrder(PolicySource.VILLAGE_FILE, Templates.ATTACHED_YAML,
                Templates.ATTACHED_LIST, Templates.LOCK_FILE);
        assertThat(Templates.own(twice).files().keySet()).containsExactly(PolicySource.VILLAGE_FILE);
        assertThat(twice.caseFiles()).isEmpty();
        assertThat(once.contentHash()).isNotEqualTo(twice.contentHash());
    }

    private static Member member() {
        return new Member("m1", "h1", Set.of("RESIDENT"), null);
    }
}
