package org.jifen.engine.sandbox;

/** The types an expression of the grammar can have. */
enum Type {
    INT("整数"), BOOLEAN("是/否"), STRING("文字"), NUMBER("数字"), NULL("null"),
    EVIDENCE("Evidence"), MEMBER("Member"), VILLAGE("Village"), TALLY("Tally"), STREAK("Streak"),
    HOUSEHOLD_TALLY("HouseholdTally"), BALANCE("Balance"), STANDING("Standing"),
    DATE_TIME("日期时间"), DATE("日期"), DAY_OF_WEEK("星期"), MONTH("月份"),
    STRING_SET("文字集合"), STRING_MAP("属性表"),
    /** A class name that only stands before a static member: {@code Math}, {@code DayOfWeek}, {@code Month}, {@code Evidence}. */
    CLASS("类");

    private final String label;

    Type(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean isReference() {
        return this != INT && this != BOOLEAN && this != NULL && this != CLASS;
    }

    boolean isFact() {
        return this == EVIDENCE || this == MEMBER || this == VILLAGE || this == TALLY || this == STREAK
                || this == HOUSEHOLD_TALLY || this == BALANCE || this == STANDING;
    }

    /** The fact type of a pattern's simple or qualified class name, or null. */
    static Type fact(String className) {
        String simple = className.startsWith("org.jifen.facts.") ? className.substring("org.jifen.facts.".length()) : className;
        return switch (simple) {
            case "Evidence" -> EVIDENCE;
            case "Member" -> MEMBER;
            case "Village" -> VILLAGE;
            case "Tally" -> TALLY;
            case "Streak" -> STREAK;
            case "HouseholdTally" -> HOUSEHOLD_TALLY;
            case "Balance" -> BALANCE;
            case "Standing" -> STANDING;
            default -> null;
        };
    }
}
