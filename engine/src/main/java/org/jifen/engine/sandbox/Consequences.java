package org.jifen.engine.sandbox;

import java.util.List;
import org.jifen.engine.history.SuspensionSpan;

/**
 * A rule's consequence ({@code then}): only {@code award.grant(…);}, {@code award.deduct(…);} and
 * {@code award.warn($e, reason);} and {@code award.suspend($e, "户", "次年", reason);} statements (scope and span
 * string literals from a closed set, see {@link SuspensionSpan}) (and in programme rules {@code award.grant/deduct($s, …)} and
 * {@code award.honour($s, title);} on a bound Standing), whose evidence is a bound {@code Evidence}, whose points are a whole number and whose
 * reason is text. Emitted as Java, one statement per line.
 */
final class Consequences {

    private static final List<String> VERBS = List.of("grant", "deduct", "warn", "honour", "suspend");

    private Consequences() {
    }

    /** Emits the statements of {@code text}, which starts at the author's {@code line} and 0-based {@code column}. */
    static void emit(String text, int line, int column, Scope scope, Findings findings, Emitted out) {
        ExprParser parser;
        try {
            parser = new ExprParser(text);
        } catch (GrammarException e) {
            findings.add(line, column, e);
            return;
        }
        Scope java = scope.asJava();
        while (parser.peek().kind() != Token.Kind.END) {
            Token start = parser.peek();
            try {
                String statement = statement(parser, java);
                out.line("    " + statement, line + start.line());
            } catch (GrammarException e) {
                findings.add(line, column, e);
                skipStatement(parser);
            }
        }
    }

    /** After a refused statement, goes on after its {@code ;} so that every statement is reported. */
    private static void skipStatement(ExprParser parser) {
        while (parser.peek().kind() != Token.Kind.END && !parser.next().is(";")) {
            // skip
        }
    }

    private static String statement(ExprParser parser, Scope scope) {
        Token start = parser.peek();
        if (!start.is("award") || !parser.peek(1).is(".")) {
            throw new GrammarException(start, start.kind() == Token.Kind.IDENTIFIER && !start.text().startsWith("$")
                    ? Refusals.statement(start.text())
                    : "then 后面只能写 award.grant($e, 分值, \"理由\"); 或 award.deduct($e, 分值, \"理由\");");
        }
        parser.next();
        parser.next();
        Token verb = parser.next();
        if (!VERBS.contains(verb.text())) {
            throw new GrammarException(verb, "award 只有 grant（加分）、deduct（扣分）、warn（劝告，不扣分）、suspend（暂停兑换）和 honour（称号）几种写法，没有“"
                    + verb.text() + "”" + Messages.didYouMean(verb.text(), VERBS));
        }
        parser.expect("(", "award." + verb.text() + " 后面要写括号 (，却是");
        Token evidence = parser.next();
        Type subject = evidence.kind() == Token.Kind.IDENTIFIER ? scope.vars().get(evidence.text()) : null;
        if (verb.is("honour") ? subject != Type.STANDING
                : subject != Type.EVIDENCE && (verb.is("warn") || verb.is("suspend") || subject != Type.STANDING)) {
            throw new GrammarException(evidence, "award." + verb.text() + " 的第一个参数要写条件里绑定的 "
                    + (verb.is("honour") ? "Standing 变量，例如 $s" : "Evidence 变量，例如 $e"));
        }
        parser.expect(",", "第一个参数后面要写逗号 ,，却是");
        if (verb.is("suspend")) {
            return suspend(parser, scope, evidence);
        }
        if (verb.is("warn") || verb.is("honour")) {
            String reason = reason(parser, scope);
            parser.expect(")", "award." + verb.text() + " 只有两个参数；这里缺少右括号 )，却是");
            parser.expect(";", "每一句后面要写英文分号 ;，却是");
            return "award." + verb.text() + "(" + evidence.text() + ", " + reason + ");";
        }
        Expr points = parser.ternary();
        ExprChecker.Typed pointsText = ExprChecker.check(points, scope);
        if (pointsText.type() != Type.INT) {
            throw new GrammarException(points.at(), "分值要写整数（阿拉伯数字，例如 2，或算出整数的式子），却写了"
                    + pointsText.type().label() + (pointsText.type() == Type.STRING ? "（数字不要加引号）" : ""));
        }
        parser.expect(",", "分值后面要写逗号 , 和理由，却是");
        String reason = reason(parser, scope);
        parser.expect(")", "award." + verb.text() + " 只有三个参数：证据、分值、理由；这里缺少右括号 )，却是");
        parser.expect(";", "每一句后面要写英文分号 ;，却是");
        return "award." + verb.text() + "(" + evidence.text() + ", " + pointsText.text() + ", " + reason + ");";
    }

    /** The rest of {@code award.suspend($e, "户", "次年", reason);} after the evidence and its comma. */
    private static String suspend(ExprParser parser, Scope scope, Token evidence) {
        Token who = parser.next();
        if (who.kind() != Token.Kind.STRING || !(who.value().equals("户") || who.value().equals("人"))) {
            throw new GrammarException(who, "award.suspend 的第二个参数写 \"户\"（暂停全户兑换）或 \"人\"（只暂停本人）");
        }
        parser.expect(",", "第二个参数后面要写逗号 ,，却是");
        Token span = parser.next();
        if (span.kind() != Token.Kind.STRING || !SuspensionSpan.valid(span.value())) {
            throw new GrammarException(span, "award.suspend 的第三个参数写暂停到什么时候：\"本月\"、\"本季度\"、\"本半年\"、"
                    + "\"本年\"、\"次年\"（到明年年底），或日期如 \"2027-12-31\"");
        }
        parser.expect(",", "award.suspend 的第三个参数后面要写逗号 , 和理由，却是");
        String reason = reason(parser, scope);
        parser.expect(")", "award.suspend 只有四个参数：证据、户或人、期限、理由；这里缺少右括号 )，却是");
        parser.expect(";", "每一句后面要写英文分号 ;，却是");
        return "award.suspend(" + evidence.text() + ", " + ExprChecker.quote(who.value()) + ", "
                + ExprChecker.quote(span.value()) + ", " + reason + ");";
    }

    /** A reason: an expression of text type, emitted. */
    private static String reason(ExprParser parser, Scope scope) {
        Expr reason = parser.ternary();
        ExprChecker.Typed reasonText = ExprChecker.check(reason, scope);
        if (reasonText.type() != Type.STRING) {
            throw new GrammarException(reason.at(), "理由要写在英文双引号里，例如 \"参加巡逻\"");
        }
        return reasonText.text();
    }
}
