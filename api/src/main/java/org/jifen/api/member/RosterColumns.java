package org.jifen.api.member;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Chinese column names a roster may use, and the Chinese names of the common roles. */
final class RosterColumns {

    enum Column { NAME, HOUSEHOLD, ROLES, MEMBER_ID, JOINED_ON }

    private static final Map<String, Column> HEADERS = new HashMap<>();
    private static final Map<String, String> ROLES = new HashMap<>();

    static {
        for (String h : List.of("姓名", "名字", "name")) {
            HEADERS.put(h, Column.NAME);
        }
        for (String h : List.of("户号", "户", "户编号", "户主户号", "household")) {
            HEADERS.put(h, Column.HOUSEHOLD);
        }
        for (String h : List.of("角色", "身份", "roles")) {
            HEADERS.put(h, Column.ROLES);
        }
        for (String h : List.of("编号", "村民编号", "成员编号", "id")) {
            HEADERS.put(h, Column.MEMBER_ID);
        }
        for (String h : List.of("加入日期", "入户日期", "登记日期", "joined")) {
            HEADERS.put(h, Column.JOINED_ON);
        }
        Map.of("RESIDENT", "居民", "VILLAGER", "村民", "PARTY_MEMBER", "党员", "VOLUNTEER", "志愿者",
                "BUILDING_LEADER", "楼栋长", "GRID_WORKER", "网格员", "MICRO_GRID_WORKER", "微网格员", "LECTURER", "宣讲员")
                .forEach((code, label) -> {
                    ROLES.put(label, code);
                    ROLES.put(code, code);
                });
    }

    private RosterColumns() {
    }

    /** The column a header cell names, or null. */
    static Column column(String header) {
        return HEADERS.get(header.strip().toLowerCase(Locale.ROOT));
    }

    /** The role code of a Chinese role name (or of the code itself), or null when it is not known. */
    static String role(String name) {
        String text = name.strip();
        String code = ROLES.get(text);
        return code != null ? code : ROLES.get(text.toUpperCase(Locale.ROOT));
    }

    /** The names a roster's header should use, for messages. */
    static String expected() {
        return "姓名、户号（或 户）、角色、编号（可不填）、加入日期（可不填）";
    }
}
