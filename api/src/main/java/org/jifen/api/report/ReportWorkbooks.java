package org.jifen.api.report;

import java.util.List;
import org.jifen.api.export.Download;
import org.jifen.api.export.Xlsx;
import org.springframework.http.ResponseEntity;

/** The rankings and the monthly summary as .xlsx downloads, with Chinese headers and file names. */
final class ReportWorkbooks {

    private ReportWorkbooks() {
    }

    static ResponseEntity<byte[]> rankings(String villageName, RankingView view) {
        boolean households = view.by().equals("household");
        String title = villageName + " 积分排行（" + (households ? "按家庭" : "按成员") + "）";
        List<String> lines = view.category() == null
                ? List.of(title, "积分期间：" + Notice.day(view.from()) + "至" + Notice.day(view.to()))
                : List.of(title, "积分期间：" + Notice.day(view.from()) + "至" + Notice.day(view.to()),
                        "类别：" + view.category());
        List<List<?>> rows = view.rows().stream()
                .<List<?>>map(r -> List.of(r.rank(), r.id(), r.name() == null ? "" : r.name(), r.points())).toList();
        byte[] book = Xlsx.of("积分排行", lines, List.of("名次", households ? "家庭编号" : "成员编号",
                households ? "家庭成员" : "姓名", "积分"), rows);
        return Download.xlsx(villageName + "积分排行-" + view.from() + "至" + view.to() + ".xlsx", book);
    }

    /** A month's workbook is 积分月度汇总 (月初/月末未使用积分); a quarter's, half-year's or year's 积分汇总 (期初/期末). */
    static ResponseEntity<byte[]> summary(String villageName, SummaryView s) {
        boolean month = s.month() != null;
        List<List<?>> rows = List.of(List.of("发放", s.issued()), List.of("扣减", s.deducted()),
                List.of("兑换", s.redeemed()), List.of("过期", s.expired()), List.of("冲正", s.reversed()),
                List.of("调整", s.adjusted()), List.of(month ? "月初未使用积分" : "期初未使用积分", s.openingOutstanding()),
                List.of(month ? "月末未使用积分" : "期末未使用积分", s.outstanding()));
        String title = month ? "积分月度汇总" : "积分汇总";
        byte[] book = Xlsx.of(month ? "月度汇总" : "积分汇总", List.of(villageName + " " + s.label() + " " + title),
                List.of("项目", "积分"), rows);
        return Download.xlsx(villageName + title + "-" + s.period() + ".xlsx", book);
    }
}
