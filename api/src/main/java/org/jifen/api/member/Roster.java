package org.jifen.api.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jifen.api.member.RosterColumns.Column;
import org.jifen.engine.pointslist.Worksheets.Line;

/**
 * A roster of members read from a sheet's rows: the header row (Chinese column names) and one member a
 * row. Every row is checked; {@code errors} name the sheet's row number in Chinese. A member without
 * 编号 is known by 户号-姓名, so importing the same roster again updates the same people.
 */
record Roster(List<Entry> entries, List<RowError> errors, List<String> ignoredColumns) {

    /** A member to register; {@code roles} null when the roster has no 角色 column (the stored ones stay). */
    record Entry(int row, String memberId, String name, String householdId, List<String> roles, LocalDate joinedOn) {
    }

    /** A problem of one row, in Chinese; {@code column} the header's name, or null for the whole row. */
    record RowError(int row, String column, String message) {
    }

    static final int MAX_ROWS = 2_000;
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_.:@-]{1,64}");
    private static final Pattern NOT_ID = Pattern.compile("[^\\p{L}\\p{N}_.:@-]");
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[、,，;；/\\s]+");

    static Roster read(List<Line> lines) {
        List<RowError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            return new Roster(List.of(), List.of(new RowError(1, null, "名册是空的；第一行应是表头：" + RosterColumns.expected())),
                    List.of());
        }
        Line header = lines.get(0);
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i).replace("\uFEFF", "").strip();
            Column column = RosterColumns.column(text);
            if (column == null) {
                if (!text.isEmpty()) {
                    ignored.add(text);
                }
            } else if (at.putIfAbsent(column, i) != null) {
                errors.add(new RowError(header.number(), text, "表头有两列都是「" + text + "」，请只留一列"));
            } else {
                names.put(column, text);
            }
        }
        if (!at.containsKey(Column.NAME)) {
            errors.add(new RowError(header.number(), null, "表头没有「姓名」列；表头应是：" + RosterColumns.expected()));
        }
        if (!at.containsKey(Column.HOUSEHOLD) && !at.containsKey(Column.MEMBER_ID)) {
            errors.add(new RowError(header.number(), null, "表头既没有「户号」列也没有「编号」列；表头应是：" + RosterColumns.expected()));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            errors.add(new RowError(lines.get(MAX_ROWS + 1).number(), null,
                    "名册最多 " + MAX_ROWS + " 人，这个文件有 " + (lines.size() - 1) + " 行；请分成几个文件导入"));
        }
        if (!errors.isEmpty()) {
            return new Roster(List.of(), errors, ignored);
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines.subList(1, lines.size())) {
            Entry entry = entry(line, at, names, errors);
            if (entry != null) {
                Integer earlier = seen.putIfAbsent(entry.memberId(), line.number());
                if (earlier != null) {
                    errors.add(new RowError(line.number(), names.getOrDefault(Column.MEMBER_ID, "姓名"),
                            "与第 " + earlier + " 行是同一个人（" + entry.memberId() + "），请删去一行"));
                } else {
                    entries.add(entry);
                }
            }
        }
        return new Roster(errors.isEmpty() ? entries : List.of(), errors, ignored);
    }

    private static Entry entry(Line line, Map<Column, Integer> at, Map<Column, String> names, List<RowError> errors) {
        int row = line.number();
        int before = errors.size();
        String name = cell(line, at.get(Column.NAME));
        String household = cell(line, at.get(Column.HOUSEHOLD));
        String id = cell(line, at.get(Column.MEMBER_ID));
        if (name.isEmpty()) {
            errors.add(new RowError(row, names.get(Column.NAME), "姓名没有填"));
        } else if (name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new RowError(row, names.get(Column.NAME), "姓名应是一行字，最多 100 个字"));
        }
        if (!household.isEmpty() && !ID.matcher(household).matches()) {
            errors.add(new RowError(row, names.get(Column.HOUSEHOLD),
                    "户号「" + household + "」只能用汉字、字母、数字和 _ . : @ -，最多 64 个字"));
        }
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            errors.add(new RowError(row, names.get(Column.MEMBER_ID),
                    "编号「" + id + "」只能用汉字、字母、数字和 _ . : @ -，最多 64 个字"));
        }
        if (id.isEmpty() && household.isEmpty()) {
            errors.add(new RowError(row, names.getOrDefault(Column.HOUSEHOLD, names.get(Column.MEMBER_ID)),
                    "户号和编号都没有填，无法确定是哪一位"));
        }
        List<String> roles = null;
        if (at.containsKey(Column.ROLES)) {
            TreeSet<String> codes = new TreeSet<>();
            for (String label : ROLE_SEPARATORS.split(cell(line, at.get(Column.ROLES)))) {
                if (label.isEmpty()) {
                    continue;
                }
                String code = RosterColumns.role(label);
                if (code == null) {
                    errors.add(new RowError(row, names.get(Column.ROLES), "不认识的角色「" + label
                            + "」；可以写：居民、村民、党员、志愿者、楼栋长、网格员、微网格员、宣讲员，几个角色用顿号隔开"));
                } else {
                    codes.add(code);
                }
            }
            roles = List.copyOf(codes);
        }
        LocalDate joined = null;
        String date = cell(line, at.get(Column.JOINED_ON));
        if (!date.isEmpty()) {
            try {
                joined = LocalDate.parse(date.replace('/', '-').replace('.', '-'));
                if (joined.getYear() < 1900 || joined.isAfter(LocalDate.now().plusYears(1))) {
                    throw new DateTimeParseException("out of range", date, 0);
                }
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row, names.get(Column.JOINED_ON), "日期「" + date + "」应写成 2026-03-01 这样"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        String memberId = id.isEmpty() ? derivedId(household, name) : id;
        return new Entry(row, memberId, name, household.isEmpty() ? null : household, roles, joined);
    }

    /** 户号-姓名, without the characters an id cannot have, at most 64 characters. */
    private static String derivedId(String household, String name) {
        String id = household + "-" + NOT_ID.matcher(name).replaceAll("");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private static String cell(Line line, Integer column) {
        return column == null || column >= line.cells().size() ? "" : line.cells().get(column).strip();
    }
}
