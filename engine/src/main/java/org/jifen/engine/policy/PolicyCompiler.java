package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.engine.history.TotalsScope;
import org.jifen.engine.pointslist.PointsList;
import org.jifen.engine.pointslist.PointsListSource;
import org.jifen.engine.sandbox.CheckedRule;

/**
 * Turns a village's files into one immutable {@link CompiledPolicy}, or a {@link PolicyException}
 * listing every problem with its file and line. Thread-safe; each call builds its own rule base,
 * outside the KieRepository, so versions never share packages and nothing is retained.
 */
public final class PolicyCompiler {

    private final EvaluationLimits limits;
    private final CompileLimits compileLimits;
    private final boolean sandboxed;
    private final boolean sharedTables;

    public PolicyCompiler() {
        this(EvaluationLimits.DEFAULT, true);
    }

    /** {@code sandboxed=false} skips the allow-list check: for testing the runtime guards only. */
    public PolicyCompiler(EvaluationLimits limits, boolean sandboxed) {
        this(limits, CompileLimits.DEFAULT, sandboxed);
    }

    public PolicyCompiler(EvaluationLimits limits, CompileLimits compileLimits, boolean sandboxed) {
        this(limits, compileLimits, sandboxed, true);
    }

    private PolicyCompiler(EvaluationLimits limits, CompileLimits compileLimits, boolean sandboxed,
            boolean sharedTables) {
        this.limits = limits;
        this.compileLimits = compileLimits;
        this.sandboxed = sandboxed;
        this.sharedTables = sharedTables;
    }

    /** This compiler, but compiling list-only villages to their own rule base (the reference path). */
    public PolicyCompiler withOwnRuleBases() {
        return new PolicyCompiler(limits, compileLimits, sandboxed, false);
    }

    /** Checks the files and reports every problem, warnings included, without building rules. */
    public List<Problem> validate(PolicySource source) {
        try {
            return compile(source, 0).warnings();
        } catch (PolicyException e) {
            return e.problems();
        }
    }

    public CompiledPolicy compile(PolicySource source, int version) {
        List<Problem> problems = new ArrayList<>();
        String contentHash = source.contentHash();
        source = PointsListSource.canonical(source, problems); // points-list.xlsx → points-list.csv, row N on line N
        if (!SizeCheck.withinLimits(source, compileLimits, problems)) {
            throw new PolicyException(problems);
        }
        VillageConfig config = VillageYaml.read(source.villageId(), source.files().get(PolicySource.VILLAGE_FILE), problems);
        TemplateOverlay.Resolved resolved = TemplateOverlay.resolve(source, config, problems);
        config = resolved.config();
        if (config != null) {
            ServiceSettings.read(config.settings(), source.files().get(PolicySource.VILLAGE_FILE), problems);
            List<String> baseProblems = new ArrayList<>();
            BaseScore.of(config.settings(), baseProblems);
            String yaml = source.files().getOrDefault(PolicySource.VILLAGE_FILE, "");
            for (String p : baseProblems) {
                problems.add(Problem.error(PolicySource.VILLAGE_FILE, VillageYaml.lineOf(yaml, p.split(" ")[0]), 0, p));
            }
        }
        List<DrlUnit> units = new ArrayList<>();
        Set<String> evidenceTypes = new TreeSet<>();
        String pointsList = resolved.pointsList();
        boolean listOnly = source.files().keySet().stream().noneMatch(f -> f.endsWith(".drl"));
        if (pointsList != null) {
            PointsList list = PointsList.parse(PolicySource.POINTS_LIST_FILE, pointsList, problems);
            if (list != null && listOnly && sharedTables) {
                return TablePolicies.build(source, config, version, list, limits, compileLimits, problems);
            }
            if (list != null) {
                evidenceTypes.addAll(list.evidenceTypes());
                addUnit(units, PolicySource.POINTS_LIST_FILE, list.toDrl(source.villageId()), problems);
            }
        }
        source.files().forEach((file, text) -> {
            if (file.endsWith(".drl")) {
                addUnit(units, file, text, problems);
            }
        });
        if (units.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, 0, 0, "积分政策里还没有规则：请添加积分清单（points-list.csv 或 points-list.xlsx）或规则文件（.drl）"));
        }
        units.forEach(unit -> evidenceTypes.addAll(unit.evidenceTypes()));
        Map<String, RuleSpec> rules = ruleSpecs(units, evidenceTypes, problems);
        if (rules.size() > compileLimits.maxRules()) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, 0, 0, "积分政策有 " + rules.size()
                    + " 条规则，太多了：最多 " + compileLimits.maxRules() + " 条"));
        }
        throwIfErrors(problems);
        org.kie.api.KieBase ruleBase = RuleBase.buildWithin(compileLimits.maxCompileTime(),
                source.villageId() + "@" + version, units, problems);
        throwIfErrors(problems);
        return new CompiledPolicy(config, version, contentHash, rules, ruleBase, limits, problems, streakTypes(units),
                totalsScope(units, rules, config));
    }

    private void addUnit(List<DrlUnit> units, String file, String text, List<Problem> problems) {
        DrlUnit unit = sandboxed ? DrlUnit.parse(file, text, problems) : DrlUnit.trusted(file, text, problems);
        if (unit != null) {
            units.add(unit);
        }
    }

    private static Map<String, RuleSpec> ruleSpecs(List<DrlUnit> units, Set<String> types, List<Problem> problems) {
        Map<String, RuleSpec> rules = new LinkedHashMap<>();
        for (DrlUnit unit : units) {
            for (CheckedRule rule : unit.rules()) {
                RuleSpec spec = RuleMetadata.read(unit.file(), rule, problems);
                Set<String> facts = unit.factTypes(rule.name());
                if (spec.programme() != null && (!facts.contains("Standing") || facts.contains("Evidence"))) {
                    problems.add(Problem.error(unit.file(), rule.line(), 0, "规则“" + rule.name()
                            + "”是评比规则（@programme）：条件里要写 Standing( … )，不能写 Evidence"));
                } else if (spec.programme() == null && facts.contains("Standing")) {
                    problems.add(Problem.error(unit.file(), rule.line(), 0, "规则“" + rule.name()
                            + "”用到 Standing：只有评比规则能用，请加 @programme(\"QUARTER\") 这样的标注"));
                }
                RuleSpec earlier = rules.putIfAbsent(rule.name(), spec);
                if (earlier != null) {
                    problems.add(Problem.error(unit.file(), rule.line(), 0, "规则名“" + rule.name()
                            + "”重复了：" + earlier.file() + " 第 " + earlier.line() + " 行已经有同名的规则"));
                }
                if (types.contains(rule.name())) {
                    problems.add(Problem.error(unit.file(), rule.line(), 0, "规则名“" + rule.name()
                            + "”和一种证据类型相同，统计次数时会分不清；请给规则换个名字"));
                }
            }
        }
        return rules;
    }

    /** The evidence types some rule's Streak can match (empty: none; null: any type). */
    private static Set<String> streakTypes(List<DrlUnit> units) {
        Set<String> types = new TreeSet<>();
        for (DrlUnit unit : units) {
            Set<String> unitTypes = unit.streakTypes();
            if (unitTypes == null) {
                return null;
            }
            types.addAll(unitTypes);
        }
        return types;
    }

    /** What an evaluation must sum: the Tally keys some rule can match, capped rules and categories. */
    private static TotalsScope totalsScope(List<DrlUnit> units, Map<String, RuleSpec> rules, VillageConfig config) {
        Set<String> keys = new TreeSet<>();
        boolean household = units.stream().anyMatch(unit -> unit.matches("HouseholdTally"));
        for (DrlUnit unit : units) {
            Set<String> unitKeys = unit.tallyKeys();
            Set<String> householdKeys = unit.householdTallyKeys();
            if (unitKeys == null || householdKeys == null) {
                return new TotalsScope(true, Set.of(), Set.of(), Set.of(), household);
            }
            keys.addAll(unitKeys);
            keys.addAll(householdKeys);
        }
        Set<String> capped = new TreeSet<>();
        rules.values().stream().filter(r -> r.maxTimes() != null || r.maxPoints() != null).forEach(r -> capped.add(r.name()));
        rules.values().stream().filter(r -> r.maxDeduct() != null).forEach(r -> capped.add(r.name()));
        return new TotalsScope(false, keys, capped, config.boundedCategories(), household);
    }

    static void throwIfErrors(List<Problem> problems) {
        if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
            throw new PolicyException(problems);
        }
    }
}
