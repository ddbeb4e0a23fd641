package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;

/**
 * The one rule base that every list-only village shares: a single rule fires once per inserted
 * {@link org.jifen.engine.table.TableItem}, in insertion (list) order, and awards as the item's
 * generated rule would, attributed to the item. Its sessions are pooled here, for all villages together.
 */
final class SharedTableBase {

    /** The shared rule's name; its awards are attributed to the item it matched instead. */
    static final String RULE = "积分清单项";

    private static final String DRL = """
            package org.jifen.engine.table.shared;
            import org.jifen.facts.*;
            import org.jifen.engine.table.TableItem;
            global org.jifen.facts.Awards award;
            rule "%s"
            when
                $e : Evidence( )
                $i : TableItem( )
            then
                $i.award(award, $e);
            end
            """.formatted(RULE);
    private static final int POOL_SIZE = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
    private static final Map<EvaluationLimits, BlockingQueue<RuleSession>> POOLS = new ConcurrentHashMap<>();
    private static volatile KieBase base;

    private SharedTableBase() {
    }

    static KieBase base() {
        KieBase built = base;
        if (built == null) {
            synchronized (SharedTableBase.class) {
                if (base == null) {
                    List<Problem> problems = new ArrayList<>();
                    DrlUnit unit = DrlUnit.trusted("shared-table.drl", DRL, problems);
                    base = unit == null ? null : RuleBase.build("shared-table", List.of(unit), problems);
                    if (base == null) {
                        throw new IllegalStateException("the shared points-list rule base does not compile: " + problems);
                    }
                }
                built = base;
            }
        }
        return built;
    }

    static RuleSession borrow(EvaluationLimits limits) {
        RuleSession session = pool(limits).poll();
        return session != null ? session : new RuleSession(base().newKieSession(), limits);
    }

    static void release(EvaluationLimits limits, RuleSession session) {
        if (!pool(limits).offer(session)) {
            session.dispose();
        }
    }

    private static BlockingQueue<RuleSession> pool(EvaluationLimits limits) {
        return POOLS.computeIfAbsent(limits, l -> new ArrayBlockingQueue<>(POOL_SIZE));
    }
}
