package org.jifen.engine.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The allow-list for the Java and MVEL fragments of a rule (constraints, attributes and the
 * consequence), applied to their tokens: rules read facts, do arithmetic and call
 * {@code award.grant} or {@code award.deduct}, nothing else.
 */
final class ExpressionCheck {

    /** Where a fragment stands: only a consequence may award. */
    enum Place { CONDITION, CONSEQUENCE }

    /** A rejected token and why. */
    record Violation(Token token, String message) {
    }

    private static final Map<String, String> FORBIDDEN = forbidden();
    private static final Set<String> CONSTANT_TYPES = Set.of("DayOfWeek", "Month", "ChronoUnit", "Evidence",
            "Integer", "Long");

    private ExpressionCheck() {
    }

    static List<Violation> check(String fragment, Place place) {
        List<Violation> violations = new ArrayList<>();
        int escape = fragment == null ? -1 : fragment.indexOf("\\u");
        if (escape >= 0) {
            // Java decodes these before it reads strings and comments, so they could hide code from the lexer
            int lineStart = fragment.lastIndexOf('\n', escape) + 1;
            int lineOffset = (int) fragment.substring(0, escape).chars().filter(c -> c == '\n').count();
            violations.add(new Violation(new Token(Token.Kind.OPERATOR, "\\u", lineOffset, escape - lineStart + 1),
                    "unicode escapes (\\u) are not allowed; write the character itself"));
        }
        List<Token> tokens;
        try {
            tokens = Lexer.tokens(fragment);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(new Token(Token.Kind.OPERATOR, "", 0, 0), e.getMessage()));
            return violations;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String message = violation(tokens, i, place);
            if (message != null) {
                violations.add(new Violation(tokens.get(i), message));
            }
        }
        return violations;
    }

    private static String violation(List<Token> tokens, int i, Place place) {
        Token token = tokens.get(i);
        if (token.is("->") || token.is("::")) {
            return "lambdas and method references are not allowed";
        }
        if (!token.isIdentifier()) {
            return null;
        }
        if (token.is("this") && place == Place.CONDITION && !at(tokens, i + 1, ".") && !at(tokens, i + 1, "[")
                && !at(tokens, i + 1, "(")) {
            return null;
        }
        String forbidden = FORBIDDEN.get(token.text());
        if (forbidden != null) {
            return forbidden;
        }
        boolean afterDot = i > 0 && tokens.get(i - 1).is(".");
        if (token.is("award") && !afterDot) {
            return awardUse(tokens, i, place);
        }
        if (!afterDot && Character.isUpperCase(token.text().charAt(0)) && at(tokens, i + 1, ".")) {
            return staticUse(tokens, i);
        }
        return null;
    }

    private static String awardUse(List<Token> tokens, int i, Place place) {
        if (place == Place.CONDITION) {
            return "award can only be used in a rule's consequence";
        }
        boolean call = at(tokens, i + 1, ".") && (at(tokens, i + 2, "grant") || at(tokens, i + 2, "deduct"))
                && at(tokens, i + 3, "(");
        return call ? null : "award may only be used as award.grant(...) or award.deduct(...)";
    }

    private static String staticUse(List<Token> tokens, int i) {
        String type = tokens.get(i).text();
        if (type.equals("Math")) {
            return null;
        }
        if (at(tokens, i + 2, "<")) { // explicit type arguments only come before a method: Integer.<T>parseInt(...)
            return "static calls other than Math are not allowed: " + type + ".<...>(...)";
        }
        String member = i + 2 < tokens.size() ? tokens.get(i + 2).text() : "";
        if (at(tokens, i + 3, "(")) {
            return "static calls other than Math are not allowed: " + type + "." + member + "(...)";
        }
        if (!CONSTANT_TYPES.contains(type)) {
            return "static field access is not allowed: " + type + "." + member;
        }
        return null;
    }

    private static boolean at(List<Token> tokens, int i, String text) {
        return i < tokens.size() && tokens.get(i).is(text);
    }

    private static Map<String, String> forbidden() {
        Map<String, String> map = new java.util.HashMap<>();
        String loops = "loops are not allowed";
        for (String word : List.of("while", "for", "do", "foreach", "until", "goto")) {
            map.put(word, loops);
        }
        map.put("new", "creating objects (new) is not allowed");
        String handles = "the drools and kcontext handles are not allowed";
        map.put("drools", handles);
        map.put("kcontext", handles);
        String memory = "insert, modify, update and delete are not allowed: rules only award points";
        for (String word : List.of("insert", "insertLogical", "modify", "update", "delete", "retract", "halt")) {
            map.put(word, memory);
        }
        String reflection = "reflection is not allowed";
        for (String word : List.of("getClass", "forName", "getDeclaredMethod", "getDeclaredMethods",
                "getDeclaredField", "getDeclaredFields", "getMethod", "getMethods", "getField", "getFields",
                "getConstructor", "getDeclaredConstructor", "setAccessible", "invoke", "newInstance",
                "getClassLoader", "reflect", "MethodHandles", "ClassLoader", "Class")) {
            map.put(word, reflection);
        }
        for (String word : List.of("System", "Runtime", "Thread", "ThreadLocal", "ProcessBuilder", "Process",
                "exit", "exec", "getRuntime", "loadLibrary", "load", "wait", "notify", "notifyAll", "finalize")) {
            map.put(word, word + " is not allowed");
        }
        String io = "I/O is not allowed";
        for (String word : List.of("File", "Files", "Path", "Paths", "FileReader", "FileWriter", "FileInputStream",
                "FileOutputStream", "RandomAccessFile", "Socket", "ServerSocket", "URL", "URI", "HttpClient",
                "InputStream", "OutputStream", "PrintStream", "Scanner")) {
            map.put(word, io);
        }
        String qualified = "fully qualified names are not allowed; only the facts, java.time and java.util";
        for (String word : List.of("java", "javax", "jdk", "sun", "com", "org", "net")) {
            map.put(word, qualified);
        }
        for (String word : List.of("class", "interface", "enum", "synchronized", "throw", "throws", "try",
                "catch", "finally", "import", "package", "native", "volatile", "transient", "this", "super",
                "assert", "def", "with", "static", "instanceof")) {
            map.put(word, "'" + word + "' is not allowed in a rule");
        }
        return Map.copyOf(map);
    }
}
