package org.jifen.api.evaluation;

import org.jifen.engine.policy.CompiledPolicy;

/**
 * What one attempt at a batch may still spend (see {@link EvaluationSettings.Budget}): the request's
 * deadline, fixed when its batch first started, and the firings and awards of this attempt. The
 * policy it hands out stops an evaluation in flight at the deadline or the firings; awards are
 * checked between evidence. Once spent, it stays spent: every later evidence is NOT_EVALUATED.
 */
final class BatchBudget {

    private final EvaluationSettings.Budget limits;
    private final long deadline;
    private final CompiledPolicy policy;
    private int awards;
    private String spent;

    BatchBudget(CompiledPolicy policy, EvaluationSettings.Budget limits, long deadline) {
        this.limits = limits;
        this.deadline = deadline;
        this.policy = policy.within(deadline, limits.firings());
    }

    /** The policy to evaluate with: the batch's policy under this budget. */
    CompiledPolicy policy() {
        return policy;
    }

    /** Counts the awards of an evaluated evidence. */
    void awarded(int count) {
        awards += count;
    }

    /** Notes that the engine stopped an evaluation for the budget ({@code reason} in its words). */
    void spentInEngine(String reason) {
        if (spent == null) {
            spent = reason.contains("firings") ? "本次请求的规则触发总次数已达上限 " + limits.firings() + " 次"
                    : "本次请求的评估时间已达上限 " + seconds() + " 秒";
        }
    }

    /** Why nothing more may be evaluated, in plain Chinese; null while budget is left. */
    String spent() {
        if (spent == null && awards >= limits.awards()) {
            spent = "本次请求的奖励总条数已达上限 " + limits.awards() + " 条";
        }
        if (spent == null && System.nanoTime() - deadline >= 0) {
            spent = "本次请求的评估时间已达上限 " + seconds() + " 秒";
        }
        return spent;
    }

    /** The detail of an evidence left out once the budget is spent. */
    String detail() {
        return spent() + "，这条证据没有评估，也没有写入任何记录；请用同一证据 id 重新提交"
                + "（已评估的证据会原样返回，不会重复记分）";
    }

    private String seconds() {
        long millis = limits.time().toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
