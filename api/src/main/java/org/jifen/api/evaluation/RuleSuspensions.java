package org.jifen.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jifen.engine.policy.AwardOutcome;
import org.jifen.facts.Evidence;
import org.jifen.persistence.freeze.FreezeRow;

/**
 * The redemption freezes that rules' suspensions ({@code award.suspend}) set: of the member, or of
 * their household ("户"; a member without a household is frozen alone), through the award's last day.
 */
final class RuleSuspensions {

    private RuleSuspensions() {
    }

    /**
     * The freezes of {@code awards}' suspensions of {@code fact}: each of the award's member (the
     * evidence's when it names none) or of that member's household ({@code householdOf}, null: none).
     */
    static List<FreezeRow> freezes(String village, Evidence fact, Function<String, String> householdOf,
            List<AwardView> awards) {
        List<FreezeRow> rows = new ArrayList<>();
        for (AwardView award : awards) {
            if (award.suspension()) {
                AwardOutcome.Suspension suspension = suspension(award);
                String member = award.memberId() == null ? fact.memberId() : award.memberId();
                String householdId = householdOf.apply(member);
                boolean household = "户".equals(suspension.scope()) && householdId != null;
                rows.add(new FreezeRow(village, household ? FreezeRow.HOUSEHOLD : FreezeRow.MEMBER,
                        household ? householdId : member, suspension.until(),
                        award.reason() + "（事项 " + fact.id() + "）", operator(award.rule())));
            }
        }
        return rows;
    }

    private static String operator(String rule) {
        String operator = "规则：" + rule;
        return operator.length() <= 100 ? operator : operator.substring(0, 99) + "…";
    }

    /** The ledger reason of a suspension: whom, through which day, and why. */
    static String reason(AwardView award) {
        AwardOutcome.Suspension suspension = suspension(award);
        return "暂停" + ("户".equals(suspension.scope()) ? "全户" : "本人") + "兑换至 " + suspension.until() + "："
                + award.reason();
    }

    private static AwardOutcome.Suspension suspension(AwardView award) {
        return new AwardOutcome(award.rule(), award.category(), 0, 0, false, award.reason(),
                AwardOutcome.Kind.SUSPENSION, award.note()).suspension();
    }
}
