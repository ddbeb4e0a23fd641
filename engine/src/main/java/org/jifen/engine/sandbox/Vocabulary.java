package org.jifen.engine.sandbox;

import static org.jifen.engine.sandbox.Type.BOOLEAN;
import static org.jifen.engine.sandbox.Type.DATE;
import static org.jifen.engine.sandbox.Type.DATE_TIME;
import static org.jifen.engine.sandbox.Type.DAY_OF_WEEK;
import static org.jifen.engine.sandbox.Type.INT;
import static org.jifen.engine.sandbox.Type.MONTH;
import static org.jifen.engine.sandbox.Type.STRING;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything an expression may read: the facts' documented properties and methods (contract §3),
 * a few pure getters of strings, sets and {@code java.time} values, {@code Math.min/max/abs} and
 * the {@code DayOfWeek}, {@code Month} and evidence-status constants. Nothing else resolves.
 */
final class Vocabulary {

    /**
     * A readable member of a type: {@code property} is its name without parentheses (null: none),
     * {@code method} its name with them (null: none), {@code java} what is emitted, with parentheses.
     */
    record Entry(String property, String method, String java, List<Type> params, Type result) {
    }

    private static final Map<Type, List<Entry>> MEMBERS = new EnumMap<>(Type.class);
    static final Set<String> DAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
    static final Set<String> MONTHS = Set.of("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");
    static final Set<String> STATUSES = Set.of("APPROVED", "PENDING", "REJECTED");
    static final Set<String> MATH = Set.of("min", "max", "abs");

    static {
        record_(Type.EVIDENCE, "id", STRING, "type", STRING, "memberId", STRING, "reporterId", STRING,
                "occurredAt", DATE_TIME, "minutes", INT, "quantity", INT, "photos", INT, "status", STRING,
                "approved", BOOLEAN, "attrs", Type.STRING_MAP, "participantRole", STRING);
        method(Type.EVIDENCE, "attr", STRING, STRING);
        method(Type.EVIDENCE, "number", INT, STRING);
        record_(Type.MEMBER, "id", STRING, "householdId", STRING, "roles", Type.STRING_SET, "joinedOn", DATE);
        method(Type.MEMBER, "hasRole", BOOLEAN, STRING);
        record_(Type.VILLAGE, "id", STRING, "name", STRING);
        method(Type.VILLAGE, "setting", STRING, STRING);
        method(Type.VILLAGE, "number", INT, STRING);
        record_(Type.TALLY, "memberId", STRING, "key", STRING, "period", STRING, "count", INT, "points", INT,
                "warnings", INT);
        record_(Type.HOUSEHOLD_TALLY, "householdId", STRING, "key", STRING, "period", STRING, "count", INT,
                "points", INT, "warnings", INT);
        record_(Type.BALANCE, "scope", STRING, "period", STRING, "base", INT, "earned", INT, "net", INT);
        record_(Type.STANDING, "scope", STRING, "id", STRING, "period", STRING, "periodName", STRING, "total", INT,
                "rank", INT, "of", INT);
        record_(Type.STREAK, "memberId", STRING, "type", STRING, "days", INT);
        add(Type.NUMBER, new Entry("intValue", "intValue", "intValue", List.of(), INT));
        for (String name : List.of("isEmpty", "contains", "startsWith", "endsWith", "equals")) {
            method(STRING, name, BOOLEAN, name.equals("isEmpty") ? new Type[0] : new Type[] {STRING});
        }
        method(STRING, "length", INT);
        method(Type.STRING_SET, "contains", BOOLEAN, STRING);
        method(Type.STRING_SET, "size", INT);
        method(Type.STRING_SET, "isEmpty", BOOLEAN);
        method(Type.STRING_MAP, "containsKey", BOOLEAN, STRING);
        method(Type.STRING_MAP, "size", INT);
        method(Type.STRING_MAP, "isEmpty", BOOLEAN);
        for (Type date : List.of(DATE_TIME, DATE)) {
            getters(date, "dayOfWeek", DAY_OF_WEEK, "month", MONTH, "monthValue", INT, "dayOfMonth", INT, "year", INT,
                    "dayOfYear", INT);
            method(date, "isBefore", BOOLEAN, date);
            method(date, "isAfter", BOOLEAN, date);
        }
        getters(DATE_TIME, "hour", INT, "minute", INT);
        method(DATE_TIME, "toLocalDate", DATE);
        method(DATE, "lengthOfMonth", INT);
        getters(DAY_OF_WEEK, "value", INT);
        getters(MONTH, "value", INT);
    }

    private Vocabulary() {
    }

    /** The member {@code name} of {@code type}, written with parentheses or not; null when there is none. */
    static Entry find(Type type, String name, boolean call) {
        for (Entry entry : MEMBERS.getOrDefault(type, List.of())) {
            if (name.equals(call ? entry.method() : entry.property())) {
                return entry;
            }
        }
        return null;
    }

    /** What {@code type} offers, for "did you mean" and messages. */
    static Set<String> names(Type type) {
        Set<String> names = new TreeSet<>();
        for (Entry entry : MEMBERS.getOrDefault(type, List.of())) {
            names.add(entry.property() != null ? entry.property() : entry.method());
        }
        return names;
    }

    private static void record_(Type type, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            add(type, new Entry(name, name, name, List.of(), (Type) pairs[i + 1]));
        }
    }

    private static void getters(Type type, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            add(type, new Entry(name, getter, getter, List.of(), (Type) pairs[i + 1]));
        }
    }

    private static void method(Type type, String name, Type result, Type... params) {
        add(type, new Entry(null, name, name, List.of(params), result));
    }

    private static void add(Type type, Entry entry) {
        MEMBERS.computeIfAbsent(type, t -> new ArrayList<>()).add(entry);
    }
}
