package org.jifen.engine.policy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jifen.engine.yaml.PlainYaml;

/** Reads {@code village.yaml}, reporting problems with the file and line. */
final class VillageYaml {

    static final Pattern VILLAGE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    /** An evidence type, as the points list's 类型 column takes it. */
    static final Pattern EVIDENCE_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final String FILE = PolicySource.VILLAGE_FILE;

    private VillageYaml() {
    }

    static VillageConfig read(String villageId, String text, List<Problem> problems) {
        if (text == null) {
            problems.add(Problem.error(FILE, 0, 0, "缺少村社设置文件 village.yaml"));
            return null;
        }
        Object doc;
        try {
            doc = PlainYaml.load(text);
        } catch (PlainYaml.YamlError e) {
            problems.add(Problem.error(FILE, e.line(), e.column(), "village.yaml 的格式不对（YAML）：" + e.getMessage()));
            return null;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            problems.add(Problem.error(FILE, 1, 0, "village.yaml 要写成“键: 值”的形式，至少有 id 和 name"));
            return null;
        }
        String id = string(map.get("id"));
        if (id == null || !VILLAGE_ID.matcher(id).matches()) {
            problems.add(Problem.error(FILE, lineOf(text, "id"), 0,
                    "id 只能用小写英文字母、数字和 -，这里写的是 " + id));
        } else if (!id.equals(villageId)) {
            problems.add(Problem.error(FILE, lineOf(text, "id"), 0,
                    "id " + id + " 和村社的编号 " + villageId + " 不一致"));
        }
        String name = string(map.get("name"));
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(FILE, lineOf(text, "name"), 0, "需要填写村社名称 name"));
        }
        ZoneId zone = VillageConfig.DEFAULT_ZONE;
        if (map.get("timezone") != null) {
            try {
                zone = ZoneId.of(string(map.get("timezone")));
            } catch (DateTimeException e) {
                problems.add(Problem.error(FILE, lineOf(text, "timezone"), 0,
                        "不认识的时区 " + map.get("timezone") + "，例如 Asia/Shanghai"));
            }
        }
        Map<String, Limit> caps = new LinkedHashMap<>();
        for (Map.Entry<String, String> cap : stringMap(map.get("caps"), "caps", text, problems).entrySet()) {
            try {
                caps.put(cap.getKey(), Limit.parse(cap.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(FILE, lineOf(text, cap.getKey()), 0,
                        "类别 " + cap.getKey() + " 的上限：" + e.getMessage()));
            }
        }
        Map<String, Limit> floors = new LinkedHashMap<>();
        for (Map.Entry<String, String> floor : stringMap(map.get("floors"), "floors", text, problems).entrySet()) {
            try {
                floors.put(floor.getKey(), Limit.parse(floor.getValue()));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error(FILE, lineOf(text, floor.getKey()), 0,
                        "类别 " + floor.getKey() + " 的扣分上限（floors）：" + e.getMessage()));
            }
        }
        Map<String, String> settings = stringMap(map.get("settings"), "settings", text, problems);
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, String> type : stringMap(map.get("types"), "types", text, problems).entrySet()) {
            if (!EVIDENCE_TYPE.matcher(type.getKey()).matches()) {
                problems.add(Problem.error(FILE, lineOf(text, type.getKey()), 0, "types：“" + type.getKey()
                        + "”不是证据类型代码，代码只能用英文字母、数字和下划线，以字母开头，例如 PATROL: 治安巡逻"));
            } else if (type.getValue().isBlank() || type.getValue().length() > 50) {
                problems.add(Problem.error(FILE, lineOf(text, type.getKey()), 0, "types：" + type.getKey()
                        + " 需要一个 1 到 50 个字的中文名称，例如 PATROL: 治安巡逻"));
            } else {
                types.put(type.getKey(), type.getValue().strip());
            }
        }
        return new VillageConfig(villageId, name == null ? villageId : name, string(map.get("region")),
                zone, caps, settings, types, floors);
    }

    private static Map<String, String> stringMap(Object value, String key, String text, List<Problem> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(Problem.error(FILE, lineOf(text, key), 0, key + " 下面要写成缩进的“键: 值”行"));
            return result;
        }
        map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        return result;
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** The 1-based line where {@code key:} first appears, or 0. */
    static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith(key + ":") || trimmed.startsWith("\"" + key + "\":")) {
                return i + 1;
            }
        }
        return 0;
    }
}
