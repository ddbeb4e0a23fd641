package org.jifen.engine.policy;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jifen.engine.table.ItemTable;
import org.kie.api.KieBase;

/**
 * The rule sessions of one compiled policy (of a list-only village: the shared rule base's) and
 * its guard trips. {@link #fire} borrows a session, fires, turns whatever stopped the rules into an
 * {@link EvaluationException}, and gives the session back (or disposes of it when it may be unsound).
 * Thread-safe; a policy's request views share their policy's pool.
 */
final class SessionPool {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CompiledPolicy.class);

    private static final int POOL_SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final String name;
    private final KieBase kieBase;
    private final boolean shared;
    private final EvaluationLimits limits;
    private final BlockingQueue<RuleSession> sessions = new ArrayBlockingQueue<>(POOL_SIZE);
    private final AtomicLong guardTrips = new AtomicLong();

    /** {@code kieBase} null and {@code table} non-null: a list-only village, on the shared rule base. */
    SessionPool(String name, KieBase kieBase, ItemTable table, EvaluationLimits limits) {
        this.name = name;
        this.kieBase = kieBase;
        this.shared = table != null;
        this.limits = limits;
    }

    /** What to fire on a borrowed session. */
    interface Firing {
        AwardCollector fire(RuleSession session);
    }

    /**
     * Fires {@code firing} on a borrowed session and reads its collector with {@code read} before
     * the session goes back. {@code cut} (null: none) is debited the rules fired.
     *
     * @throws EvaluationException when a rule throws or a runtime guard stops the rules
     *     ({@link EvaluationException.BudgetSpent} when the request's cut did: no guard trip)
     */
    <T> T fire(Firing firing, AtomicLong cut, Function<AwardCollector, T> read) {
        RuleSession session = borrow();
        AwardCollector collector;
        try {
            collector = firing.fire(session);
        } catch (ThreadDeath e) {
            Thread.interrupted();
            faulty("stopped by the watchdog: a rule did not return");
            throw new EvaluationException("evaluation stopped: a rule did not return within "
                    + limits.timeout().toMillis() + " ms");
        } catch (RuntimeException e) {
            session.dispose();
            throw new EvaluationException("rule failed: " + CompileErrors.plain(rootMessage(e)), e);
        }
        if (cut != null) {
            cut.addAndGet(-collector.firings());
        }
        if (collector.tripped() != null) {
            Thread.interrupted(); // halting may interrupt this thread; the caller's next blocking call must not fail
            session.dispose();
            if (collector.budgetSpent()) {
                throw new EvaluationException.BudgetSpent(collector.tripped());
            }
            faulty(collector.tripped());
            throw new EvaluationException(collector.tripped());
        }
        T result = read.apply(collector);
        release(session);
        return result;
    }

    /** How many evaluations a runtime guard has stopped. */
    long guardTrips() {
        return guardTrips.get();
    }

    /** Frees the pooled sessions; firing after this still works, creating new ones. */
    void close() {
        RuleSession session;
        while ((session = sessions.poll()) != null) {
            session.dispose();
        }
    }

    private void faulty(String reason) {
        long trips = guardTrips.incrementAndGet();
        log.info("policy {}: a runtime guard stopped an evaluation ({}); {} so far", name, reason, trips);
    }

    private RuleSession borrow() {
        if (shared) {
            return SharedTableBase.borrow(limits);
        }
        RuleSession session = sessions.poll();
        return session != null ? session : new RuleSession(kieBase.newKieSession(), limits);
    }

    private void release(RuleSession session) {
        if (shared) {
            SharedTableBase.release(limits, session);
            return;
        }
        if (!sessions.offer(session)) {
            session.dispose();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
