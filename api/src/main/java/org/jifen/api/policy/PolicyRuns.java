package org.jifen.api.policy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jifen.api.web.TooManyRequestsException;
import org.jifen.engine.policy.CompiledPolicy;
import org.springframework.stereotype.Component;

/**
 * One run at a time per village of what replays rules on request: draft validate and test (the
 * sample cases), what-if simulation and publish (the gate runs the cases). A second run of the same
 * village while one is going gets 429 with Retry-After; other villages are not affected. A run's
 * case evaluations stop at its time limit ({@link PolicyRunSettings}). Per instance.
 */
@Component
public class PolicyRuns {

    private record Run(String what, long started) {
    }

    private final PolicyRunSettings settings;
    private final Map<String, Run> running = new ConcurrentHashMap<>();

    PolicyRuns(PolicyRunSettings settings) {
        this.settings = settings;
    }

    /**
     * Takes the village's run slot for {@code what} (in Chinese: "规则测试", "模拟", "发布" …); close
     * the slot when done.
     *
     * @throws TooManyRequestsException when another run of the village holds it
     */
    public Slot start(String villageId, String what) {
        Run mine = new Run(what, System.nanoTime());
        Run other = running.putIfAbsent(villageId, mine);
        if (other != null) {
            long ran = TimeUnit.NANOSECONDS.toSeconds(mine.started() - other.started());
            long left = Math.max(1, settings.timeLimit().toSeconds() - ran);
            throw new TooManyRequestsException("村 " + villageId + " 已有一次“" + other.what() + "”正在运行（已运行 "
                    + ran + " 秒）；同一个村同一时间只能运行一次规则测试、模拟或发布，请等它结束后再试", (int) Math.min(left, 300));
        }
        return new Slot(villageId, mine);
    }

    /** Whether a run of the village is going now. */
    public boolean running(String villageId) {
        return running.containsKey(villageId);
    }

    /** The time limit of one run's cases. */
    public java.time.Duration timeLimit() {
        return settings.timeLimit();
    }

    /** {@code policy} with its evaluations stopped once {@link #timeLimit} from now has passed. */
    public CompiledPolicy bounded(CompiledPolicy policy) {
        return policy.within(System.nanoTime() + settings.timeLimit().toNanos(), Long.MAX_VALUE);
    }

    /** A village's run: holds its slot until closed. */
    public final class Slot implements AutoCloseable {

        private final String villageId;
        private final Run run;

        private Slot(String villageId, Run run) {
            this.villageId = villageId;
            this.run = run;
        }

        @Override
        public void close() {
            running.remove(villageId, run);
        }
    }
}
