package org.jifen.bench.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jifen.engine.policy.PolicySource;
import org.jifen.engine.template.Templates;

/**
 * Generated templates and villages, deterministic per index: {@code templates} county templates of
 * 18–24 items drawn from a catalogue of 40 evidence types; list villages extend one of them with
 * 0–3 overrides (points, a cap, a removal) and sometimes an extra item; DRL villages have 8 rules of
 * their own (a Tally and a Streak rule among them).
 */
final class ScaleVillages {

    static final String[] TYPES = new String[40];
    static final String[] CATEGORIES = {"善治", "平安", "人居环境", "志愿", "文明", "党建", "发展", "扣分"};
    private static final String[] PERIODS = {"DAY", "WEEK", "MONTH", "YEAR"};

    static {
        for (int i = 0; i < TYPES.length; i++) {
            TYPES[i] = "TYPE_" + (char) ('A' + i / 10) + (i % 10);
        }
    }

    private final long seed;
    private final List<PolicySource> templates = new ArrayList<>();
    private final List<List<String>> templateItems = new ArrayList<>();

    ScaleVillages(int templates, long seed) {
        this.seed = seed;
        for (int t = 0; t < templates; t++) {
            template(t, new Random(seed * 31 + t));
        }
    }

    List<PolicySource> templates() {
        return templates;
    }

    private void template(int t, Random random) {
        String id = "county-" + t;
        StringBuilder csv = new StringBuilder("项目,类型,分值,类别,次数上限,分数上限,适用角色,需审核,最少分钟\n");
        List<String> names = new ArrayList<>();
        int items = 18 + random.nextInt(7);
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i < TYPES.length; i++) {
            types.add(i);
        }
        java.util.Collections.shuffle(types, random);
        for (int i = 0; i < items; i++) {
            String name = "县" + t + "项目" + i;
            names.add(name);
            boolean penalty = i % 7 == 6;
            csv.append(name).append(',').append(TYPES[types.get(i)]).append(',')
                    .append(penalty ? -(1 + random.nextInt(10)) : 1 + random.nextInt(8)).append(',')
                    .append(penalty ? "扣分" : CATEGORIES[random.nextInt(CATEGORIES.length - 1)]).append(',')
                    .append(random.nextInt(2) == 0 ? (1 + random.nextInt(4)) + "/" + PERIODS[random.nextInt(4)] : "").append(',')
                    .append(random.nextInt(5) == 0 ? (10 + random.nextInt(20)) + "/MONTH" : "").append(',')
                    .append(random.nextInt(8) == 0 ? "PARTY_MEMBER" : "").append(',')
                    .append(random.nextInt(5) == 0 ? "false" : "").append(',')
                    .append(random.nextInt(6) == 0 ? "60" : "").append('\n');
        }
        Map<String, String> files = new TreeMap<>();
        files.put(Templates.TEMPLATE_FILE, "id: " + id + "\nname: 模板" + t + "\nregion: 四川省\ncaps:\n  人居环境: 30/MONTH\n  志愿: 40/MONTH\n");
        files.put(PolicySource.POINTS_LIST_FILE, csv.toString());
        templates.add(new PolicySource(id, files));
        templateItems.add(names);
    }

    static String id(int index) {
        return "v" + index;
    }

    /** Village {@code index}: a list village extending template {@code index % templates}, with the template attached. */
    PolicySource listVillage(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int t = index % templates.size();
        List<String> names = templateItems.get(t);
        StringBuilder csv = new StringBuilder("项目,类型,分值,类别,次数上限,分数上限\n");
        int overrides = random.nextInt(4);
        for (int o = 0; o < overrides; o++) {
            String name = names.get((o * 7 + random.nextInt(3)) % names.size());
            switch (o) {
                case 0 -> csv.append(name).append(",,").append(1 + random.nextInt(9)).append(",,,\n");
                case 1 -> csv.append(name).append(",,,,").append(1 + random.nextInt(5)).append("/WEEK,\n");
                default -> csv.append(name).append(",,删除,,,\n");
            }
        }
        if (random.nextInt(3) == 0) {
            csv.append("本村特色").append(index).append(',').append(TYPES[random.nextInt(TYPES.length)]).append(",2,文明,4/MONTH,\n");
        }
        Map<String, String> files = new TreeMap<>();
        files.put(PolicySource.VILLAGE_FILE, "id: " + id(index) + "\nname: 村" + index + "\nregion: 四川省\nextends: county-"
                + t + "\ncaps:\n  善治: " + (20 + random.nextInt(20)) + "/MONTH\n");
        files.put(PolicySource.POINTS_LIST_FILE, csv.toString());
        return Templates.attach(new PolicySource(id(index), files), templates.get(t), 1);
    }

    /** Village {@code index} with 8 DRL rules of its own. */
    PolicySource drlVillage(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        StringBuilder drl = new StringBuilder("package village.v" + index + ";\n\n");
        for (int r = 0; r < 6; r++) {
            drl.append("rule \"规则").append(r).append("\"\n    @category(\"").append(CATEGORIES[r % 7])
                    .append("\")\n    @maxTimes(\"").append(1 + random.nextInt(4)).append("/WEEK\")\nwhen\n")
                    .append("    $e : Evidence( type == \"").append(TYPES[random.nextInt(TYPES.length)])
                    .append("\", approved, minutes >= ").append(random.nextInt(3) * 30).append(" )\nthen\n")
                    .append("    award.grant($e, ").append(1 + random.nextInt(6)).append(", \"村规").append(r).append("\");\nend\n\n");
        }
        String type = TYPES[random.nextInt(TYPES.length)];
        drl.append("rule \"连续打卡\"\n    @category(\"文明\")\nwhen\n    $e : Evidence( type == \"").append(type)
                .append("\", approved )\n    Streak( type == \"").append(type).append("\", days >= 3 )\nthen\n")
                .append("    award.grant($e, 3, \"连续3天\");\nend\n\n");
        drl.append("rule \"再犯加扣\"\n    @category(\"扣分\")\nwhen\n    $e : Evidence( type == \"").append(TYPES[0])
                .append("\", approved )\n    Tally( key == \"").append(TYPES[0])
                .append("\", period == \"MONTH\", count >= 1 )\nthen\n    award.deduct($e, 5, \"当月再犯\");\nend\n");
        Map<String, String> files = new TreeMap<>();
        files.put(PolicySource.VILLAGE_FILE, "id: " + id(index) + "\nname: 村" + index + "\nregion: 四川省\n");
        files.put("rules.drl", drl.toString());
        return new PolicySource(id(index), files);
    }
}
