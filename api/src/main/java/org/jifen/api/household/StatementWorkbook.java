package org.jifen.api.household;

import java.util.ArrayList;
import java.util.List;
import org.jifen.api.export.Download;
import org.jifen.api.export.Xlsx;
import org.jifen.persistence.ledger.LedgerKind;
import org.springframework.http.ResponseEntity;

/** A statement as an .xlsx download: whose and which period above, the entries, the closing balance below. */
final class StatementWorkbook {

    static final List<String> HEADER = List.of("时间", "成员编号", "姓名", "项目", "类别", "积分", "余额", "政策版本");

    private StatementWorkbook() {
    }

    static ResponseEntity<byte[]> of(String villageName, StatementView s) {
        String whose = s.memberId() != null ? "成员 " + s.memberId() : "家庭 " + s.householdId();
        String named = s.name() == null ? whose : whose + "（" + s.name() + "）";
        List<List<?>> rows = new ArrayList<>();
        for (StatementEntry e : s.entries()) {
            rows.add(List.of(e.occurredAt().toString().replace('T', ' '), e.memberId(), text(e.memberName()),
                    item(e), text(e.category()), e.points(),
                    e.balance(), e.policyVersion() == null ? "" : e.policyVersion()));
        }
        rows.add(List.of());
        rows.add(List.of("期末积分", "", "", "", "", "", s.closingBalance()));
        byte[] book = Xlsx.of("积分明细", List.of(villageName + " 积分明细：" + named,
                "积分期间：" + day(s.from()) + "至" + day(s.to()), "期初积分：" + s.openingBalance() + "　收入：" + s.credited() + "　支出："
                        + s.debited() + "　期末积分：" + s.closingBalance()), HEADER, rows);
        String id = s.memberId() != null ? s.memberId() : s.householdId();
        return Download.xlsx(villageName + "积分明细-" + id + "-" + s.from() + "至" + s.to() + ".xlsx", book);
    }

    /** The rule's name, with 警示/荣誉/暂停兑换 before it for a warning, honour or suspension (0 points); the kind's label without a rule. */
    private static String item(StatementEntry e) {
        if (e.rule() == null) {
            return e.kind().label();
        }
        boolean zeroKind = e.kind() == LedgerKind.WARNING || e.kind() == LedgerKind.HONOUR
                || e.kind() == LedgerKind.SUSPENSION;
        return zeroKind ? e.kind().label() + "：" + e.rule() : e.rule();
    }

    private static String day(java.time.LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
