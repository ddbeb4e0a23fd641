package org.jifen.bench.scale;

import java.util.List;
import java.util.Random;
import org.jifen.engine.history.MemberHistory;
import org.jifen.engine.policy.CompiledPolicy;
import org.jifen.engine.policy.Evaluation;
import org.jifen.facts.Evidence;
import org.jifen.facts.Member;

/**
 * One thread evaluating evidence against villages picked at random from {@code ids} (one id: always
 * the same village); each evaluation starts from an empty history. Both sides do the same work per
 * call: pick a village, pick evidence and member, evaluate.
 */
final class Throughput {

    private final CompiledPolicy[] policies;
    private final int[] ids;
    private final List<Evidence> evidence;
    private final Member[] members;
    private final Random random = new Random(7);
    private long sink;

    Throughput(CompiledPolicy[] policies, int[] ids, List<Evidence> evidence, Member[] members) {
        this.policies = policies;
        this.ids = ids;
        this.evidence = evidence;
        this.members = members;
    }

    /** Evaluations per second over about {@code seconds}. */
    double run(double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long count = 0;
        while (true) {
            for (int i = 0; i < 256; i++) {
                CompiledPolicy policy = policies[ids[random.nextInt(ids.length)]];
                Evaluation result = policy.evaluate(evidence.get(random.nextInt(evidence.size())),
                        members[random.nextInt(members.length)], new MemberHistory());
                sink += result.awards().size();
            }
            count += 256;
            long now = System.nanoTime();
            if (now >= end) {
                return count / ((now - start) / 1e9);
            }
        }
    }

    long sink() {
        return sink;
    }
}
