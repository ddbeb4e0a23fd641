package org.jifen.engine.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops evaluations that run past their deadline even when a rule never returns to Drools (a
 * loop inside a consequence, possible only when the sandbox is switched off): first it halts the
 * session; if the thread is still running a grace period after the evaluation's own deadline, it
 * stops that thread, the last resort on Java 17. A request's budget (an earlier halt deadline)
 * only halts: it never stops a thread. One daemon thread checks every 50 ms.
 *
 * <p>Memory: a rule joining many Tally patterns without a key builds its join before any rule fires
 * (a 7-way join over 360 tallies held about 500 MB after 2.6 s). So while the heap is more than
 * {@link #heapFraction} used, every evaluation running longer than {@link #PRESSURE_AGE_NANOS} is
 * stopped at once, before the heap runs out for the other villages.
 */
final class Watchdog {

    private static final Logger log = LoggerFactory.getLogger(Watchdog.class);
    private static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    /** How long an evaluation may run while the heap is under pressure (normal ones take milliseconds). */
    static final long PRESSURE_AGE_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    /** The share of the maximum heap in use above which long evaluations are stopped (tests lower it). */
    static volatile double heapFraction = 0.75;
    private static final Map<RuleSession, Running> RUNNING = new ConcurrentHashMap<>();
    private static final ScheduledExecutorService CHECKER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "jifen-evaluation-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    static {
        CHECKER.scheduleWithFixedDelay(Watchdog::check, 50, 50, TimeUnit.MILLISECONDS);
    }

    private record Running(Thread thread, long started, long deadline, long stopAfter, String policy) {
    }

    private Watchdog() {
    }

    /** Halts {@code session} past {@code deadline}; stops its thread a grace period past {@code ownDeadline}. */
    static void started(RuleSession session, long deadline, long ownDeadline, String policy) {
        RUNNING.put(session, new Running(Thread.currentThread(), System.nanoTime(), deadline, ownDeadline, policy));
    }

    /**
     * Ends the watch of {@code session}. False when the watchdog has already claimed its thread: a
     * stop is then on its way, and the thread must {@link #awaitStop() wait for it} while still
     * inside the evaluation, so that it never lands in the caller's code.
     */
    static boolean finished(RuleSession session) {
        return RUNNING.remove(session) != null;
    }

    /** Waits, inside the evaluation, for the stop the watchdog is delivering to this thread. */
    static void awaitStop() {
        try {
            Thread.sleep(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ThreadDeath(); // as the stop would have: the caller counts it as the watchdog's
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void check() {
        long now = System.nanoTime();
        if (RUNNING.isEmpty()) {
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        boolean pressure = used > heapFraction * runtime.maxMemory();
        RUNNING.forEach((session, running) -> {
            boolean runaway = pressure && now - running.started() - PRESSURE_AGE_NANOS > 0;
            if (now - running.deadline() > 0) {
                session.timedOut();
            }
            if ((runaway || now - running.stopAfter() - GRACE_NANOS > 0) && !initialisingAClass(running.thread())
                    && RUNNING.remove(session, running)) {
                log.error("policy {}: evaluation still running {} ms after it started{}; stopping thread {}",
                        running.policy(), TimeUnit.NANOSECONDS.toMillis(now - running.started()),
                        runaway ? " while the heap is " + used * 100 / runtime.maxMemory() + "% used" : "",
                        running.thread().getName());
                running.thread().stop();
            }
        });
    }

    /**
     * Whether the thread is inside a class's static initialiser: stopping it there would leave that
     * class unusable for the life of the JVM, so the stop waits for the next check.
     */
    static boolean initialisingAClass(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if ("<clinit>".equals(frame.getMethodName())) {
                return true;
            }
        }
        return false;
    }
}
