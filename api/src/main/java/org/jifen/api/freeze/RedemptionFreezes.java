package org.jifen.api.freeze;

import java.time.LocalDate;
import java.util.List;
import org.jifen.persistence.freeze.FreezeMapper;
import org.jifen.persistence.freeze.FreezeRow;
import org.jifen.persistence.member.MemberRow;
import org.springframework.stereotype.Component;

/** Whether a member may redeem today: the redemption service asks before it takes points. */
@Component
public class RedemptionFreezes {

    private final FreezeMapper freezes;

    RedemptionFreezes(FreezeMapper freezes) {
        this.freezes = freezes;
    }

    /**
     * Why {@code member} may not redeem on {@code day} (in Chinese, for the counter), or null when
     * neither they nor their household is frozen.
     */
    public String refusal(String villageId, MemberRow member, LocalDate day) {
        List<FreezeRow> inForce = freezes.inForce(villageId, member.memberId(), member.householdId(), day);
        if (inForce.isEmpty()) {
            return null;
        }
        FreezeRow freeze = inForce.get(0);
        return (FreezeRow.HOUSEHOLD.equals(freeze.scope()) ? "该户（" + freeze.subjectId() + "）" : "该村民")
                + "的积分兑换已暂停至 " + freeze.untilDay() + "，原因：" + freeze.reason();
    }
}
