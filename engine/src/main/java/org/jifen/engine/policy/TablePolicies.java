package org.jifen.engine.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.engine.history.TotalsScope;
import org.jifen.engine.pointslist.PointsList;
import org.jifen.engine.pointslist.TableRows;
import org.jifen.engine.table.ItemTable;
import org.jifen.engine.table.TableItem;

/**
 * A list-only village as a table for the shared rule base: the same rule specs, checks and totals
 * scope as compiling its list to DRL, without a rule base of its own.
 */
final class TablePolicies {

    private TablePolicies() {
    }

    static CompiledPolicy build(PolicySource source, VillageConfig config, int version, PointsList list,
            EvaluationLimits limits, CompileLimits compileLimits, List<Problem> problems) {
        List<TableItem> items = TableRows.of(list);
        Set<String> types = list.evidenceTypes();
        Map<String, RuleSpec> rules = new LinkedHashMap<>();
        Set<String> capped = new TreeSet<>();
        for (TableItem item : items) {
            rules.put(item.name(), new RuleSpec(item.name(), PolicySource.POINTS_LIST_FILE, item.line(),
                    item.category(), item.maxTimes(), item.maxPoints(), item.maxDeduct()));
            if (item.maxTimes() != null || item.maxPoints() != null || item.maxDeduct() != null) {
                capped.add(item.name());
            }
            if (types.contains(item.name())) {
                problems.add(Problem.error(PolicySource.POINTS_LIST_FILE, item.line(), 0, "事项名称“" + item.name()
                        + "”和一个证据类型代码相同，计数时会混淆：请给这一行换个名称"));
            }
        }
        if (rules.size() > compileLimits.maxRules()) {
            problems.add(Problem.error(PolicySource.VILLAGE_FILE, 0, 0, "积分政策有 " + rules.size()
                    + " 条规则，太多了：最多 " + compileLimits.maxRules() + " 条"));
        }
        PolicyCompiler.throwIfErrors(problems);
        TotalsScope scope = new TotalsScope(false, Set.of(), capped, config.boundedCategories());
        return new CompiledPolicy(config, version, source.contentHash(), rules, new ItemTable(items), limits,
                problems, scope);
    }
}
