package org.jifen.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jifen.engine.policy.PolicyCompiler;
import org.jifen.engine.policy.PolicySource;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every sample case of every village in the repository's rules/ and samples/ passes. */
class SampleCasesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final PolicyTest policyTest = new PolicyTest(new PolicyCompiler());

    @Test
    void thereAreSampleVillages() {
        assertThat(PolicyTest.villageDirs(ROOT.resolve("rules"), null)).hasSizeGreaterThanOrEqualTo(4);
    }

    @TestFactory
    Stream<DynamicNode> everyCaseOfEveryVillagePasses() {
        List<DynamicNode> villages = new ArrayList<>();
        for (Path dir : PolicyTest.villageDirs(ROOT.resolve("rules"), null)) {
            String village = dir.getFileName().toString();
            PolicyTest.VillageReport report = policyTest.run(PolicyTest.readVillage(ROOT.resolve("rules"), ROOT.resolve("samples"), dir));
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest(village + " compiles and has cases",
                    () -> assertThat(report.problems()).as("problems of " + village).isEmpty()));
            for (CaseResult result : report.cases()) {
                tests.add(DynamicTest.dynamicTest(result.file() + " · " + result.name(),
                        () -> assertThat(result.differences()).as(result.name()).isEmpty()));
            }
            villages.add(DynamicContainer.dynamicContainer(village, tests));
        }
        return villages.stream();
    }

    @Test
    void everyVillageHasAtLeastTenCases() {
        for (Path dir : PolicyTest.villageDirs(ROOT.resolve("rules"), null)) {
            String village = dir.getFileName().toString();
            PolicyTest.VillageReport report = policyTest.run(PolicyTest.readVillage(ROOT.resolve("rules"), ROOT.resolve("samples"), dir));
            assertThat(report.cases()).as("cases of " + village).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void everyTemplateCaseAndTheVillageExtendingItPass() {
        Path rules = ROOT.resolve("rules");
        PolicyTest.VillageReport template = policyTest.run(org.jifen.engine.template.Templates.asVillage(
                org.jifen.engine.template.Templates.read(rules.resolve("_templates/qionglai-county"),
                        ROOT.resolve("samples/_templates/qionglai-county"))));
        assertThat(template.problems()).isEmpty();
        assertThat(template.cases()).isNotEmpty().allMatch(CaseResult::passed);
        PolicyTest.VillageReport huaqiu = policyTest.run(PolicyTest.readVillage(rules, ROOT.resolve("samples"),
                rules.resolve("huaqiu")));
        assertThat(huaqiu.passed()).as(huaqiu.toString()).isTrue();
    }

    @Test
    void sampleFoldersMatchVillages() throws Exception {
        try (Stream<Path> dirs = Files.list(ROOT.resolve("samples"))) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.endsWith("_templates")).toList()) {
                assertThat(ROOT.resolve("rules").resolve(dir.getFileName()).resolve(PolicySource.VILLAGE_FILE))
                        .as("samples/" + dir.getFileName() + " has a village").exists();
            }
        }
    }
}
