package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The rule sandbox, by construction: checks a parsed DRL file against the rule grammar (documented
 * in {@code rules/README.md}) and generates the DRL that Drools compiles from the checked tree, never
 * from the author's text. Annotations, comments and anything the grammar does not define never
 * reach Drools; every refusal names the file, line and column in plain Chinese.
 */
public final class DrlSandbox {

    /** The imports every generated file has; rule authors need not write them. */
    static final String HEADER_IMPORTS = "import org.jifen.facts.*;\nimport java.time.DayOfWeek;\nimport java.time.Month;\n"
            + "global org.jifen.facts.Awards award;\n";
    private static final Pattern PACKAGE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Set<String> IMPORTS = Set.of("org.jifen.facts.*", "org.jifen.facts.Evidence",
            "org.jifen.facts.Member", "org.jifen.facts.Village", "org.jifen.facts.Tally", "org.jifen.facts.Streak",
            "org.jifen.facts.HouseholdTally", "org.jifen.facts.Balance", "org.jifen.facts.Standing",
            "org.jifen.facts.Awards", "java.time.DayOfWeek", "java.time.Month", "java.time.LocalDate",
            "java.time.LocalDateTime");

    private DrlSandbox() {
    }

    /** Checks {@code pkg}, parsed from {@code text}; the generated DRL is null when there are problems. */
    public static CheckedFile check(String file, String text, PackageDescr pkg) {
        Findings findings = new Findings(file);
        String name = pkg.getName() == null || pkg.getName().isEmpty() ? "village" : pkg.getName();
        if (!PACKAGE.matcher(name).matches()) {
            findings.add(1, 1, "package 名称只能用英文字母、数字、_ 和点，例如 package village.tanyin;");
        }
        header(pkg, findings);
        Emitted out = new Emitted();
        out.line("package " + name + ";", 1);
        for (String line : HEADER_IMPORTS.split("\n")) {
            out.line(line, 0);
        }
        List<CheckedRule> rules = new ArrayList<>();
        Source source = new Source(text);
        for (RuleDescr rule : pkg.getRules()) {
            CheckedRule checked = Rules.check(rule, source, findings, out);
            if (checked != null) {
                rules.add(checked);
            }
        }
        if (findings.any()) {
            return new CheckedFile(List.copyOf(findings.problems()), null, new int[0], List.copyOf(rules));
        }
        return new CheckedFile(List.of(), out.text(), out.authorLines(), List.copyOf(rules));
    }

    private static void header(PackageDescr pkg, Findings findings) {
        for (ImportDescr imp : pkg.getImports()) {
            if (!IMPORTS.contains(imp.getTarget())) {
                findings.add(imp, "不能 import " + imp.getTarget() + "：规则只能用 Evidence、Member、Village、Tally、Streak"
                        + " 这些事实（不用写 import）");
            }
        }
        pkg.getFunctionImports().forEach(d -> findings.add(d, "不能 import function 或 import static"));
        pkg.getAccumulateImports().forEach(d -> findings.add(d, "不能 import accumulate"));
        for (GlobalDescr global : pkg.getGlobals()) {
            boolean award = global.getIdentifier().equals("award")
                    && (global.getType().equals("org.jifen.facts.Awards") || global.getType().equals("Awards"));
            if (!award) {
                findings.add(global, "不能声明 global（award 由系统提供，不用写）");
            }
        }
        pkg.getFunctions().forEach(d -> findings.add(d, Refusals.keyword("function")));
        pkg.getClassAndEnumDeclarationDescrs().forEach(d -> findings.add(d, "不能用 declare 声明类型"));
        pkg.getEntryPointDeclarations().forEach(d -> findings.add(d, "不能声明 entry-point"));
        pkg.getWindowDeclarations().forEach(d -> findings.add(d, "不能声明 window"));
        for (AttributeDescr attribute : pkg.getAttributes()) {
            findings.add(attribute, "文件开头不能写属性 " + attribute.getName() + "（例如 dialect）");
        }
    }
}
