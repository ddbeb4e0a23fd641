package org.jifen.engine.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the DRL parser's errors into plain Chinese at the right place: full-width punctuation is
 * named where it stands, with the half-width character to use, and a rule missing its {@code end}
 * is reported at that rule rather than at the next one. Drools' own words follow as 详情.
 */
final class ParseErrors {

    private static final String FULL_WIDTH = "，；：（）“”！＝＋－＊／＜＞";
    private static final String HALF_WIDTH = ",;:()\"\"!=+-*/<>";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");

    private ParseErrors() {
    }

    static String plain(String message, String text) {
        String original = CompileErrors.plain(message);
        String chinese;
        Matcher mismatched = MISMATCHED.matcher(original);
        if (original.contains("no viable alternative")) {
            chinese = "这里的写法有误：可能少了或多了括号、逗号或引号";
        } else if (mismatched.find()) {
            chinese = "这里不应该出现“" + mismatched.group(1) + "”：可能少了或多了括号、逗号或引号";
        } else if (original.contains("missing")) {
            chinese = "这里缺少了符号：请检查括号、逗号和引号是否成对";
        } else {
            chinese = "规则写法有误";
        }
        return chinese + "（详情：" + original + "）";
    }

    /** Problems that explain the parser's errors better, or the parser's errors themselves. */
    static List<Problem> explain(String file, String text, List<Problem> parserErrors) {
        List<Problem> better = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        fullWidth(file, lines, better);
        missingEnd(file, lines, better);
        return better.isEmpty() ? parserErrors : better;
    }

    private static void fullWidth(String file, String[] lines, List<Problem> out) {
        boolean block = false;
        for (int i = 0; i < lines.length; i++) {
            boolean string = false;
            String line = lines[i];
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (block) {
                    if (line.startsWith("*/", c)) {
                        block = false;
                        c++;
                    }
                } else if (string) {
                    string = ch != '"' || line.charAt(c - 1) == '\\';
                } else if (ch == '"') {
                    string = true;
                } else if (line.startsWith("//", c)) {
                    break;
                } else if (line.startsWith("/*", c)) {
                    block = true;
                    c++;
                } else if (FULL_WIDTH.indexOf(ch) >= 0) {
                    out.add(Problem.error(file, i + 1, c + 1, "这里用了中文全角标点“" + ch + "”：请改成英文半角的“"
                            + HALF_WIDTH.charAt(FULL_WIDTH.indexOf(ch)) + "”"));
                }
            }
        }
    }

    private static void missingEnd(String file, String[] lines, List<Problem> out) {
        int open = 0;
        String name = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                if (name != null) {
                    out.add(Problem.error(file, open, 1, "规则 " + name + " 缺少结尾的 end：请在它的 then 部分后面另起一行写 end"));
                }
                name = rule.group(1);
                open = i + 1;
                if (lines[i].matches(".*\\bthen\\b.*\\bend\\s*$")) {
                    name = null;
                }
            } else if (END.matcher(lines[i]).matches()) {
                name = null;
            }
        }
        if (name != null) {
            out.add(Problem.error(file, open, 1, "规则 " + name + " 缺少结尾的 end：请在它的 then 部分后面另起一行写 end"));
        }
    }
}
