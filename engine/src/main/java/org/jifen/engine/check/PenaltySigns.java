package org.jifen.engine.check;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jifen.engine.pointslist.ListRow;
import org.jifen.engine.policy.Problem;

/**
 * A penalty written with positive points. For a list row with points &gt; 0: an ERROR when its
 * category names a penalty (contains 扣, 罚, 违 or 惩 but not 奖: 扣分, 罚分, 违规, 惩戒; 奖惩 is neither); a WARNING when its item
 * name contains 扣 or 罚, or 违 without a reporting word (举报, 检举, 揭发, 劝阻, 制止, 纠正), or its
 * type contains VIOLATION, PENALTY, ILLEGAL or OFFENCE/OFFENSE without REPORT. For a DRL rule: a
 * WARNING when its category names a penalty and its consequence calls {@code award.grant}.
 */
final class PenaltySigns {

    private static final Pattern PENALTY_CATEGORY = Pattern.compile("[扣罚违惩]");
    private static final Pattern PENALTY_NAME = Pattern.compile("[扣罚]");
    private static final Pattern REPORTING = Pattern.compile("举报|检举|揭发|劝阻|制止|纠正");
    private static final Pattern PENALTY_TYPE = Pattern.compile("VIOLATION|PENALTY|ILLEGAL|OFFEN[CS]E");

    private PenaltySigns() {
    }

    static void check(List<ListRow> rows, List<DrlRules.Rule> rules, Findings findings) {
        for (ListRow row : rows) {
            if (row.points() <= 0) {
                continue;
            }
            String fix = "；扣分项应写负分，例如 " + -row.points();
            if (penaltyCategory(row.category())) {
                findings.onRow(row, Findings.POINTS, Problem.Severity.ERROR, "项目“" + row.item() + "”属于扣分类别 "
                        + row.category() + "，却是加 " + row.points() + " 分" + fix);
            } else if (PENALTY_NAME.matcher(row.item()).find()
                    || row.item().contains("违") && !REPORTING.matcher(row.item()).find()) {
                findings.onRow(row, Findings.POINTS, Problem.Severity.WARNING, "项目“" + row.item() + "”看起来是扣分项，"
                        + "却是加 " + row.points() + " 分" + fix);
            } else {
                String type = row.type().toUpperCase(Locale.ROOT);
                if (PENALTY_TYPE.matcher(type).find() && !type.contains("REPORT")) {
                    findings.onRow(row, Findings.POINTS, Problem.Severity.WARNING, "项目“" + row.item() + "”的类型 "
                            + row.type() + " 是违规类型，却是加 " + row.points() + " 分" + fix);
                }
            }
        }
        for (DrlRules.Rule rule : rules) {
            if (penaltyCategory(rule.category()) && rule.consequence().contains("award.grant")) {
                findings.onRule(rule.file(), rule.line(), Problem.Severity.WARNING, "规则“" + rule.name() + "”属于扣分类别 "
                        + rule.category() + "，却用了 award.grant 加分；扣分规则应使用 award.deduct");
            }
        }
    }

    /** A penalty category names 扣, 罚, 违 or 惩; one that also names 奖 (奖惩, 奖励惩罚) is both, so neither. */
    static boolean penaltyCategory(String category) {
        return PENALTY_CATEGORY.matcher(category).find() && category.indexOf('奖') < 0;
    }
}
