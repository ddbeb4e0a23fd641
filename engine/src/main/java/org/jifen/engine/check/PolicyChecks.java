package org.jifen.engine.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.pointslist.PointsList;
import org.jifen.engine.pointslist.PointsListSource;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.policy.Problem;

/**
 * The static checks run when a policy is validated or published: double awards, look-alike item
 * names, items no one can earn, penalties with positive points, and caps that never bind. Each
 * finding is a {@link Problem} with file, row or line, column and severity; an ERROR stops a publish,
 * a WARNING is reported only. They run on a policy that compiles; stored versions are loaded without them.
 */
public final class PolicyChecks {

    private PolicyChecks() {
    }

    /**
     * The findings for {@code source}, compiled as {@code policy}; {@code memberRoles} are roles the
     * village's members hold beyond those the bundle names (may be null).
     */
    public static List<Problem> run(PolicySource source, CompiledPolicy policy, Set<String> memberRoles) {
        String listFile = PointsListSource.fileOf(source);
        Findings findings = new Findings(listFile == null ? PolicySource.POINTS_LIST_FILE : listFile);
        PointsList list = listFile == null ? null : PointsListSource.parse(source, new ArrayList<>());
        List<ListRow> rows = list == null ? List.of() : ListRow.of(list);
        List<DrlRules.Rule> rules = DrlRules.of(source);
        DoubleAwards.check(rows, rules, findings);
        ItemNames.check(rows, rules, findings);
        Unearnable.check(rows, policy.rules(), policy.config().caps(),
                KnownRoles.of(source, policy.config(), memberRoles), findings);
        PenaltySigns.check(rows, rules, findings);
        IdleCaps.check(rows, policy.rules(), policy.config().caps(), findings);
        List<Problem> all = new ArrayList<>(findings.all());
        all.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return all;
    }

    /** Whether any finding stops a publish. */
    public static boolean blocks(List<Problem> findings) {
        return findings.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}
