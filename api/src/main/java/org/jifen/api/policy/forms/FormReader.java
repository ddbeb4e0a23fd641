package org.jifen.api.policy.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jifen.api.web.InvalidFieldException;

/**
 * Reads a form's values into a {@link RuleForm}, or refuses the first bad field (400, naming it, in
 * Chinese). The form's input becomes rule text, so every value is whitelisted: names and categories
 * by their characters, types, roles and categories by the draft's {@link FormVocabulary} (when one is
 * given: a marker is read back without it), numbers by their bounds.
 */
final class FormReader {

    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ·（）()、，,：:+-]{0,39}");
    private static final Pattern CATEGORY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ·（）()、-]{0,19}");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern CAP = Pattern.compile("([1-9][0-9]{0,4})/([A-Z_]+)");

    private final FormVocabulary vocabulary;

    /** {@code vocabulary} null: only the values' shapes are checked (reading a marker back). */
    FormReader(FormVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    RuleForm read(FormInput in) {
        if (in == null || in.kind() == null) {
            throw new InvalidFieldException("kind", "请选择规则的种类：连续天数、再犯加扣、限定角色或按时长计分");
        }
        String name = name(in.name());
        String type = type(in.type());
        String category = category(in.category());
        Cap maxTimes = cap("maxTimes", "次数上限", in.maxTimes());
        return switch (in.kind()) {
            case "streak" -> new StreakForm(name, type, number("days", "连续天数", in.days(), 2, 366),
                    points(in.points()), category, maxTimes, cap("maxPoints", "分数上限", in.maxPoints()));
            case "repeat" -> new RepeatForm(name, type, period(in.period()), number("from", "第几次起", in.from(), 2, 100),
                    points(in.points()), in.basePoints() == null ? 0 : number("basePoints", "每次扣分", in.basePoints(), 0, 1000),
                    category, maxTimes);
            case "role" -> new RoleForm(name, type, roles(in.roles()), points(in.points()), category, maxTimes,
                    cap("maxPoints", "分数上限", in.maxPoints()));
            case "hourly" -> new HourlyForm(name, type, number("minutes", "每满多少分钟", in.minutes(), 1, 1440),
                    points(in.points()), in.maxUnits() == null ? 0 : number("maxUnits", "单次最多计几次", in.maxUnits(), 1, 100),
                    category, maxTimes, cap("maxPoints", "分数上限", in.maxPoints()));
            default -> throw new InvalidFieldException("kind", "不认识的规则种类“" + shown(in.kind())
                    + "”：只能是连续天数、再犯加扣、限定角色或按时长计分");
        };
    }

    private static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new InvalidFieldException("name", "规则名称要写 1 到 40 个字，只用汉字、字母、数字、空格和 ·（）、，：+- 这些符号");
        }
        return trimmed;
    }

    private String type(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new InvalidFieldException("type", "请选择证据类型");
        }
        if (vocabulary != null && !vocabulary.types().containsKey(type)) {
            throw new InvalidFieldException("type", "证据类型“" + type + "”不在村社设置的类型表里，请先在积分清单中新增类型");
        }
        return type;
    }

    private String category(String category) {
        String value = category == null || category.isBlank() ? FormVocabulary.DEFAULT_CATEGORY : category.strip();
        if (!CATEGORY.matcher(value).matches() || vocabulary != null && !vocabulary.categories().contains(value)) {
            throw new InvalidFieldException("category", "类别“" + shown(value) + "”不存在：请从列表中选择（村社设置 caps 中的类别或已在用的类别）");
        }
        return value;
    }

    private List<String> roles(List<String> roles) {
        List<String> checked = new ArrayList<>(new LinkedHashSet<>(roles == null ? List.of() : roles));
        if (checked.isEmpty() || checked.size() > 10) {
            throw new InvalidFieldException("roles", "请选择 1 到 10 个适用角色");
        }
        for (String role : checked) {
            if (role == null || !ROLE.matcher(role).matches() || vocabulary != null && !vocabulary.roles().contains(role)) {
                throw new InvalidFieldException("roles", "不认识的角色“" + shown(role) + "”：请从列表中选择");
            }
        }
        return checked;
    }

    private static String period(String period) {
        if (period == null || !Cap.PERIODS.contains(period)) {
            throw new InvalidFieldException("period", "请选择周期：当天、当周、当月、当季、半年或当年");
        }
        return period;
    }

    private static int points(Integer points) {
        return number("points", "分值", points, 1, 1000);
    }

    private static int number(String field, String label, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            throw new InvalidFieldException(field, label + "要写 " + min + " 到 " + max + " 之间的整数");
        }
        return value;
    }

    private static Cap cap(String field, String label, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = CAP.matcher(text.strip());
        if (!m.matches() || !Cap.PERIODS.contains(m.group(2))) {
            throw new InvalidFieldException(field, label + "要写成“次数/周期”，如 1/WEEK（每周 1 次），数目 1 到 99999");
        }
        return new Cap(Integer.parseInt(m.group(1)), m.group(2));
    }

    /** A cap as the marker keeps it. */
    static String text(Cap cap) {
        return cap == null ? null : cap.toString();
    }

    /** A refused value, short and on one line, for a message. */
    private static String shown(String value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", " ");
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
