package org.jifen.api.policy.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.api.policy.forms.FormVillage.hourly;
import static org.jifen.api.policy.forms.FormVillage.read;
import static org.jifen.api.policy.forms.FormVillage.repeat;
import static org.jifen.api.policy.forms.FormVillage.role;
import static org.jifen.api.policy.forms.FormVillage.streak;

import java.util.List;
import org.jifen.api.web.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** Form input is hostile: it becomes rule text. Every field is whitelisted and a refusal names it. */
class FormReaderTest {

    private static void refused(FormInput input, String field) {
        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }

    @Test
    void namesAreOneLineOfPlainCharacters() {
        refused(streak("连续\"); System.exit(0); //", 7, 5, null), "name");
        refused(streak("连续7天\nend", 7, 5, null), "name");
        refused(streak("连续7天\\u0022", 7, 5, null), "name");
        refused(streak("", 7, 5, null), "name");
        refused(streak("很".repeat(41), 7, 5, null), "name");
        assertThat(read(streak("  连续7天 垃圾分类（弘德）  ", 7, 5, null)).name()).isEqualTo("连续7天 垃圾分类（弘德）");
    }

    @Test
    void typesRolesAndCategoriesMustExistInTheDraft() {
        FormInput good = streak("连续7天", 7, 5, null);
        refused(new FormInput("streak", "连续7天", "GARBAGE_SORTING\", approved ) eval(true", "弘德", 5, 7, null, null,
                null, null, null, null, null, null), "type");
        refused(new FormInput("streak", "连续7天", "PATROL", "弘德", 5, 7, null, null, null, null, null, null, null,
                null), "type");
        refused(new FormInput("streak", "连续7天", good.type(), "弘德\") @maxTimes(\"1/DAY", 5, 7, null, null, null,
                null, null, null, null, null), "category");
        refused(new FormInput("streak", "连续7天", good.type(), "新类别", 5, 7, null, null, null, null, null, null, null,
                null), "category");
        refused(role("党员", List.of("PARTY_MEMBER\") || true || hasRole(\"X"), 3), "roles");
        refused(role("党员", List.of("MAYOR"), 3), "roles");
        refused(role("党员", List.of(), 3), "roles");
        assertThat(read(role("党员", List.of("LECTURER", "PARTY_MEMBER", "LECTURER"), 3)).input().roles())
                .containsExactly("LECTURER", "PARTY_MEMBER");
        assertThat(read(new FormInput("streak", "连续7天", good.type(), null, 5, 7, null, null, null, null, null, null,
                null, null)).input().category()).isEqualTo("综合");
    }

    @Test
    void numbersAreBounded() {
        refused(streak("连续", 1, 5, null), "days");
        refused(streak("连续", 367, 5, null), "days");
        refused(streak("连续", 7, 0, null), "points");
        refused(streak("连续", 7, 1001, null), "points");
        refused(repeat("再犯", "MONTH", 1, 5, null), "from");
        refused(repeat("再犯", "MONTH", 2, 5, -1), "basePoints");
        refused(hourly("时长", 0, 2, null, null), "minutes");
        refused(hourly("时长", 60, 2, 0, null), "maxUnits");
        refused(new FormInput("hourly", "时长", "VOLUNTEER", "志愿服务", null, null, null, null, null, null, 60, null,
                null, null), "points");
    }

    @Test
    void periodsCapsAndKindsAreFromFixedLists() {
        refused(repeat("再犯", "FORTNIGHT", 2, 5, null), "period");
        refused(repeat("再犯", "MONTH\"", 2, 5, null), "period");
        refused(streak("连续", 7, 5, "1/FORTNIGHT"), "maxTimes");
        refused(streak("连续", 7, 5, "0/DAY"), "maxTimes");
        refused(streak("连续", 7, 5, "1/DAY\")"), "maxTimes");
        refused(hourly("时长", 60, 2, null, "1/DAY/DAY"), "maxPoints");
        refused(new FormInput("eval", "x", "VOLUNTEER", null, 1, null, null, null, null, null, null, null, null, null),
                "kind");
        refused(null, "kind");
    }

    @Test
    void aMarkerReadsBackOnlyWhileItsRulesAreAsGenerated() {
        RuleForm form = read(streak("连续7天垃圾分类", 7, 5, "1/WEEK"));
        String text = FormVillage.formsFile(List.of(form));
        assertThat(text).startsWith("package village.formtest;").contains("// 表单：{\"kind\":\"streak\"");
        assertThat(FormVillage.FILE.blocks(text)).singleElement().satisfies(b -> assertThat(b.form()).isEqualTo(form));
        assertThat(FormVillage.FILE.blocks(text.replace("award.grant($e, 5,", "award.grant($e, 6,"))).isEmpty();
        assertThat(FormVillage.FILE.blocks(text.replace("\"name\":\"连续7天垃圾分类\"", "\"name\":\"x\\\"y\""))).isEmpty();
        assertThat(FormVillage.FILE.blocks(text.replace("\n", "\r\n"))).hasSize(1);
    }

    @Test
    void writingInPlaceKeepsTheRestOfTheFile() {
        RuleForm first = read(streak("连续7天垃圾分类", 7, 5, "1/WEEK"));
        RuleForm second = read(hourly("志愿服务 每满1小时", 60, 2, 4, null));
        String text = FormVillage.formsFile(List.of(first, second)) + "\n// 手写\nrule \"手写规则\"\nwhen\n"
                + "    $e : Evidence( type == \"LITTERING\", approved )\nthen\n    award.deduct($e, 1, \"手写\");\nend\n";
        RuleForm changed = read(streak("连续7天垃圾分类 加8分", 7, 8, "1/WEEK"));
        String written = FormVillage.FILE.write(text, "formtest", changed, "连续7天垃圾分类");
        assertThat(FormVillage.FILE.blocks(written)).extracting(b -> b.form().name())
                .containsExactly("连续7天垃圾分类 加8分", "志愿服务 每满1小时");
        assertThat(written).contains("award.grant($e, 8,").doesNotContain("award.grant($e, 5,").contains("rule \"手写规则\"");
        assertThatThrownBy(() -> FormVillage.FILE.write(text, "formtest", changed, "没有这条"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("replaces"));
    }
}
