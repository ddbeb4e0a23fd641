package org.jifen.bench;

import static org.jifen.bench.Settings.CASES;
import static org.jifen.bench.Settings.MEMBERS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.history.PeriodTotals;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;
import org.jifen.facts.Streak;
import org.jifen.facts.Tally;

/** Members with a month of history, and the evidence to evaluate against them. */
record Workload(Case[] cases, int[] entriesPerMember, double jvmFirstEvalMs) {

    /** History falls on 1–20 November 2026, the benchmarked evidence on 21–30 November: same month. */
    private static final LocalDate MONTH = LocalDate.of(2026, 11, 1);

    static Workload generate(CompiledPolicy policy, Shape shape, Random rnd) {
        Member[] members = new Member[MEMBERS];
        MemberHistory[] histories = new MemberHistory[MEMBERS];
        int[] entries = new int[MEMBERS];
        int[] next = {1};
        double firstEvalMs = -1;
        for (int i = 0; i < MEMBERS; i++) {
            members[i] = member(i, shape, rnd);
            histories[i] = new MemberHistory();
            // 0..20 pieces of earlier evidence on 1–20 November, credited through the policy itself,
            // so that the history holds exactly what the service would have written.
            int prior = rnd.nextInt(21);
            List<Evidence> earlier = new ArrayList<>();
            for (int k = 0; k < prior; k++) {
                earlier.add(evidence("h" + next[0]++, members[i].id(), 1 + rnd.nextInt(20), shape, rnd));
            }
            earlier.sort(Comparator.comparing(Evidence::occurredAt));
            for (Evidence e : earlier) {
                long t0 = System.nanoTime();
                Evaluation evaluation = policy.evaluate(e, members[i], histories[i]);
                if (firstEvalMs < 0) {
                    firstEvalMs = Stats.ms(System.nanoTime() - t0);
                }
                evaluation.recordInto(histories[i], e);
            }
            entries[i] = histories[i].entries().size();
        }
        Case[] cases = new Case[CASES];
        for (int c = 0; c < CASES; c++) {
            int m = rnd.nextInt(MEMBERS);
            Evidence e = evidence("e" + c, members[m].id(), 21 + rnd.nextInt(10), shape, rnd);
            LocalDate day = e.occurredAt().toLocalDate();
            List<Tally> tallies = List.copyOf(PeriodTotals.of(histories[m], day).tallies(members[m].id()));
            Streak streak = new Streak(members[m].id(), e.type(), histories[m].streak(e.type(), day, e.approved()));
            List<Tally> tested = tallies.stream().filter(shape::tested).toList();
            cases[c] = new Case(e, members[m], histories[m], streak, tallies, tested);
        }
        return new Workload(cases, entries, firstEvalMs);
    }

    private static Member member(int i, Shape shape, Random rnd) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add("RESIDENT");
        if (rnd.nextInt(100) < 15) {
            roles.add("PARTY_MEMBER");
        }
        if (rnd.nextInt(100) < 10) {
            roles.add("VOLUNTEER");
        }
        for (String role : shape.roles()) {
            if (!role.equals("RESIDENT") && !role.equals("PARTY_MEMBER") && rnd.nextInt(100) < 8) {
                roles.add(role);
            }
        }
        LocalDate joined = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(4000));
        return new Member("m" + i, "h" + (i / 3), roles, joined);
    }

    private static Evidence evidence(String id, String memberId, int dayOfMonth, Shape shape, Random rnd) {
        String type = shape.types().get(rnd.nextInt(shape.types().size()));
        int s = rnd.nextInt(100);
        String status = s < 85 ? Evidence.APPROVED : s < 97 ? Evidence.PENDING : Evidence.REJECTED;
        LocalDateTime at = MONTH.withDayOfMonth(dayOfMonth).atTime(7 + rnd.nextInt(14), rnd.nextInt(60));
        int minutes = rnd.nextInt(5) == 0 ? 0 : 15 * rnd.nextInt(17);
        int quantity = rnd.nextInt(10) < 3 ? 1 + rnd.nextInt(6) : 1;
        int photos = rnd.nextInt(4);
        Map<String, String> attrs = new HashMap<>();
        shape.attrValues().forEach((key, values) -> {
            if (rnd.nextInt(100) < 40) {
                attrs.put(key, rnd.nextInt(10) < 7 ? values.get(rnd.nextInt(values.size())) : "OTHER");
            }
        });
        String reporter = rnd.nextInt(5) == 0 ? "m" + rnd.nextInt(MEMBERS) : null;
        return new Evidence(id, type, memberId, reporter, at, minutes, quantity, photos, status, attrs);
    }
}
