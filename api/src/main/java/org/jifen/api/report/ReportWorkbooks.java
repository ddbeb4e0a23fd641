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

    static ResponseEntity<byte[]> summary(String villageName, SummaryView s) {
        List<List<?>> rows = List.of(List.of("发放", s.issued()), List.of("扣减", s.deducted()),
                List.of("兑换", s.redeemed()), List.of("过期", s.expired()), List.of("冲正", s.reversed()),
                List.of("调整", s.adjusted()), List.of("月初未使用积分", s.openingOutstanding()),
                List.of("月末未使用积分", s.outstanding()));
        String month = s.month().replace("-", "年") + "月";
        byte[] book = Xlsx.of("月度汇总", List.of(villageName + " " + month + " 积分月度汇总"), List.of("项目", "积分"), rows);
        return Download.xlsx(villageName + "积分月度汇总-" + s.month() + ".xlsx", book);
    }
}
