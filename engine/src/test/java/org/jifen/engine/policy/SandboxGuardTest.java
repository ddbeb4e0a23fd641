package org.jifen.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.jifen.engine.sandbox.CheckedFile;
import org.jifen.engine.sandbox.DrlSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing reaches Drools without passing the grammar: what it compiles is the DRL the sandbox
 * generated, a fixed point of the grammar with no annotation and no comment, and a unit changed
 * after the check (an annotation, a constraint or a consequence added) is refused before Drools sees it.
 */
class SandboxGuardTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static Stream<Path> villageDrlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("rules"))) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList().stream();
        }
    }

    private static DrlUnit unit(Path path) throws IOException {
        List<Problem> problems = new ArrayList<>();
        DrlUnit unit = DrlUnit.parse(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8), problems);
        assertThat(problems).as(path.toString()).isEmpty();
        return unit;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("villageDrlFiles")
    void whatDroolsGetsIsGeneratedAndAFixedPointOfTheGrammar(Path path) throws IOException {
        DrlUnit unit = unit(path);
        assertThat(unit.checked()).isNotNull();
        assertThat(unit.text()).doesNotContain("@", "//", "/*", "\\");
        assertThat(unit.descr().getRules()).allSatisfy(rule -> assertThat(rule.getAnnotations()).isEmpty());
        CheckedFile again = DrlSandbox.check(unit.file(), unit.text(), unit.descr());
        assertThat(again.problems()).isEmpty();
        assertThat(again.drl()).isEqualTo(unit.text());
    }

    @Test
    void aPointsListBecomesGeneratedDrlToo() {
        List<Problem> problems = new ArrayList<>();
        String list = "项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟\n巡逻,PATROL,3,平安,3/WEEK,,PARTY_MEMBER,true,60\n";
        DrlUnit unit = DrlUnit.parse("points-list.csv", org.jifen.engine.pointslist.PointsList.parse("points-list.csv", list,
                problems).toDrl("testcun"), problems);
        assertThat(problems).isEmpty();
        assertThat(unit.text()).doesNotContain("@").contains("rule \"巡逻\"");
        assertThat(unit.rules()).singleElement().satisfies(r -> assertThat(r.notes()).containsEntry("maxTimes", "3/WEEK"));
    }

    @Test
    void anAnnotationAddedAfterTheCheckIsRefusedBeforeDroolsEvaluatesIt() throws IOException {
        DrlUnit unit = unit(ROOT.resolve("rules/tanyin/safety.drl"));
        unit.descr().getRules().get(0).addAnnotation("category", "System.setProperty(\"jifen.breach\", \"guard\")");
        assertRefused(unit);
    }

    @Test
    void aConstraintAddedAfterTheCheckIsRefused() throws IOException {
        DrlUnit unit = unit(ROOT.resolve("rules/tanyin/safety.drl"));
        RuleDescr rule = unit.descr().getRules().get(0);
        PatternDescr pattern = (PatternDescr) rule.getLhs().getDescrs().get(0);
        pattern.addConstraint(new ExprConstraintDescr("System.setProperty(\"jifen.breach\", \"guard\") != null"));
        assertRefused(unit);
    }

    @Test
    void aConsequenceReplacedAfterTheCheckIsRefused() throws IOException {
        DrlUnit unit = unit(ROOT.resolve("rules/tanyin/safety.drl"));
        unit.descr().getRules().get(0).setConsequence("System.setProperty(\"jifen.breach\", \"guard\");");
        assertRefused(unit);
    }

    private static void assertRefused(DrlUnit unit) {
        assertThatThrownBy(() -> RuleBase.build("guard", List.of(unit), new ArrayList<>()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not what the rule grammar generated");
        assertThat(System.getProperty("jifen.breach")).isNull();
    }
}
